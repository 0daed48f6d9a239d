package org.commonslibrary.model.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.commonslibrary.model.document.LibraryDocument;

/**
 * A session announced by an event call, stored as instants so it can be shown in each viewer's time zone;
 * the zone as written and the words it came from are kept for the record.
 */
@Entity
@Table(name = "event_session", indexes = @Index(name = "ix_session_start", columnList = "startsAt"))
public class EventSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private LibraryDocument document;

    @Column(nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private Instant endsAt;

    @Column(length = 40)
    private String zoneLabel;

    private int pageNumber;

    @Column(nullable = false, length = 500)
    private String sourceText;

    protected EventSession() {
    }

    public EventSession(LibraryDocument document, Instant startsAt, Instant endsAt, String zoneLabel, int pageNumber,
            String sourceText) {
        this.document = document;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.zoneLabel = zoneLabel;
        this.pageNumber = pageNumber;
        this.sourceText = sourceText.length() > 500 ? sourceText.substring(0, 500) : sourceText;
    }

    public Long getId() {
        return id;
    }

    public LibraryDocument getDocument() {
        return document;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getZoneLabel() {
        return zoneLabel;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public String getSourceText() {
        return sourceText;
    }
}
