package org.commonslibrary.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.Length;

/**
 * One page of a document as extracted (a PDF page, a slide, or a section for formats without pages).
 * Kept whole so the document page can show it and a rebuild of the index never needs the extractor again.
 */
@Entity
@Table(name = "document_page", uniqueConstraints = @UniqueConstraint(columnNames = {"document_id", "number"}))
public class Page {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private LibraryDocument document;

    @Column(nullable = false)
    private int number;

    // Plain long text, not a LOB: on PostgreSQL a LOB is a large object outside the row, which deleting the
    // row would leave behind and which dumps handle apart.
    @Column(nullable = false, length = Length.LONG32)
    private String text;

    protected Page() {
    }

    Page(LibraryDocument document, int number, String text) {
        this.document = document;
        this.number = number;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public LibraryDocument getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }
}
