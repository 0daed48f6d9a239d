package org.commonslibrary.model.document;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.commonslibrary.model.search.AnalysisNames;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A few sentences of one page: the unit a search result quotes and cites. A passage never crosses a
 * page, so its page number is always exact.
 */
@Entity
@Table(name = "document_passage")
@Indexed(index = "passages")
public class Passage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    // The document's filterable fields travel with each passage so passage queries honour the same facets.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    @IndexedEmbedded(includePaths = {"id", "kind", "language", "published"})
    private LibraryDocument document;

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(nullable = false)
    private int pageNumber;

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(nullable = false)
    private int ordinal;

    // The folded field matches any language's words as written; the language fields add stemmed matches,
    // and are highlightable so a stemmed match is marked too.
    @FullTextField(analyzer = AnalysisNames.TEXT, projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @FullTextField(name = "text_en", analyzer = AnalysisNames.TEXT_EN, highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "text_fr", analyzer = AnalysisNames.TEXT_FR, highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "text_es", analyzer = AnalysisNames.TEXT_ES, highlightable = Highlightable.UNIFIED)
    @Column(nullable = false, length = 8000)
    private String text;

    private int startOffset;

    private int endOffset;

    @KeywordField(projectable = Projectable.YES)
    @Column(nullable = false, length = 8)
    private String language;

    // Indexed so a query word that names a concept in any language can find passages tagged with it.
    @ElementCollection
    @CollectionTable(name = "passage_concept", joinColumns = @JoinColumn(name = "passage_id"))
    @IndexedEmbedded(includePaths = "conceptId")
    private List<ConceptMention> concepts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "passage_place", joinColumns = @JoinColumn(name = "passage_id"))
    private List<PlaceMention> places = new ArrayList<>();

    protected Passage() {
    }

    Passage(LibraryDocument document, int pageNumber, int ordinal, String text, int startOffset, int endOffset,
            String language) {
        this.document = document;
        this.pageNumber = pageNumber;
        this.ordinal = ordinal;
        this.text = text;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.language = language;
    }

    public Long getId() {
        return id;
    }

    public LibraryDocument getDocument() {
        return document;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getText() {
        return text;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public String getLanguage() {
        return language;
    }

    public List<ConceptMention> getConcepts() {
        return concepts;
    }

    public List<PlaceMention> getPlaces() {
        return places;
    }
}
