package org.commonslibrary.model.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.commonslibrary.model.cases.CaseExample;
import org.commonslibrary.model.events.EventSession;
import org.commonslibrary.model.search.AnalysisNames;
import org.commonslibrary.model.search.SearchResultFields;
import org.commonslibrary.model.vocabulary.ConceptType;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;

/**
 * A document of the library: the original file's metadata and, through its pages and passages,
 * its extracted text. The database row is the source of truth; the index can always be rebuilt from it.
 */
@Entity
@Table(name = "library_document", indexes = @Index(name = "ux_document_sha256", columnList = "sha256", unique = true))
@Indexed(index = "documents")
public class LibraryDocument {

    // Also an index field: passage queries are narrowed to the documents of one result page, and ties in
    // relevance are broken by id so that paging is stable.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private Long id;

    @FullTextField(analyzer = AnalysisNames.TEXT, projectable = Projectable.YES)
    @FullTextField(name = "title_en", analyzer = AnalysisNames.TEXT_EN)
    @FullTextField(name = "title_fr", analyzer = AnalysisNames.TEXT_FR)
    @FullTextField(name = "title_es", analyzer = AnalysisNames.TEXT_ES)
    @FullTextField(name = "title_suggest", analyzer = AnalysisNames.TITLE_PREFIXES,
            searchAnalyzer = AnalysisNames.TEXT)
    @KeywordField(name = "title_sort", normalizer = AnalysisNames.FOLDED_KEYWORD, sortable = Sortable.YES,
            searchable = Searchable.NO)
    @Column(nullable = false, length = 1000)
    private String title;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, length = 40)
    private String kind;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, length = 8)
    private String language;

    @Column(length = 1000)
    private String authors;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 500)
    private String publisher;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private LocalDate publicationDate;

    @Column(nullable = false, length = 200)
    private String mediaType;

    @Column(nullable = false, length = 500)
    private String originalFilename;

    /** Name of the stored original: generated, never derived from what the uploader called the file. */
    @Column(nullable = false, length = 100)
    private String storageKey;

    @Column(nullable = false, length = 64)
    private String sha256;

    private long sizeBytes;

    private int pageCount;

    @GenericField(name = SearchResultFields.ADDED, sortable = Sortable.YES)
    @Column(nullable = false)
    private Instant addedAt;

    @GenericField
    private boolean published = true;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Page> pages = new ArrayList<>();

    // The inverse sides let Hibernate Search re-index a document's cases when the document changes, and let
    // a deleted document take its cases and sessions with it.
    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CaseExample> cases = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<EventSession> sessions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "document_concept", joinColumns = @JoinColumn(name = "document_id"))
    private List<DocumentConcept> concepts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "document_place", joinColumns = @JoinColumn(name = "document_id"))
    private List<DocumentPlace> places = new ArrayList<>();

    /** Resemblance key of the text, to notice the same text uploaded again in another format. */
    @Column(length = 200)
    private String textFingerprint;

    /** The earlier document whose text this one repeats, when it does. */
    private Long nearDuplicateOf;

    // Flattened into the document's entry so a document-level query matches words from any of its passages.
    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("pageNumber, ordinal")
    @IndexedEmbedded(includePaths = {"text", "text_en", "text_fr", "text_es"})
    private List<Passage> passages = new ArrayList<>();

    protected LibraryDocument() {
    }

    public LibraryDocument(String title, String kind, String language, String mediaType, String originalFilename,
            String storageKey, String sha256, long sizeBytes, Instant addedAt) {
        this.title = title;
        this.kind = kind;
        this.language = language;
        this.mediaType = mediaType;
        this.originalFilename = originalFilename;
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.addedAt = addedAt;
    }

    public Page addPage(int number, String text) {
        Page page = new Page(this, number, text);
        pages.add(page);
        pageCount = pages.size();
        return page;
    }

    public Passage addPassage(int pageNumber, int ordinal, String text, int startOffset, int endOffset,
            String passageLanguage) {
        Passage passage = new Passage(this, pageNumber, ordinal, text, startOffset, endOffset, passageLanguage);
        passages.add(passage);
        return passage;
    }

    public void replaceConcepts(List<DocumentConcept> newConcepts) {
        concepts.clear();
        concepts.addAll(newConcepts);
    }

    public void replacePlaces(List<DocumentPlace> newPlaces) {
        places.clear();
        places.addAll(newPlaces);
    }

    public List<CaseExample> getCases() {
        return cases;
    }

    public List<EventSession> getSessions() {
        return sessions;
    }

    public List<DocumentConcept> getConcepts() {
        return concepts;
    }

    public List<DocumentPlace> getPlaces() {
        return places;
    }

    /**
     * The kind of search result this entry is. Documents and case examples share one query, so the type is a
     * field both indexes carry and a facet of its own.
     */
    @Transient
    @KeywordField(name = SearchResultFields.TYPE, aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getResultType() {
        return SearchResultFields.TYPE_DOCUMENT;
    }

    /** Unique across documents and cases: the last sort key, so paging with a cursor never skips or repeats. */
    @Transient
    @KeywordField(name = SearchResultFields.KEY, sortable = Sortable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getResultKey() {
        return SearchResultFields.key(SearchResultFields.TYPE_DOCUMENT, id);
    }

    @Transient
    @GenericField(name = SearchResultFields.YEAR, aggregable = Aggregable.YES, sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publicationDate")))
    public Integer getPublicationYear() {
        return publicationDate == null ? null : publicationDate.getYear();
    }

    // The facet fields hold a concept's ancestors too, so filtering on a broad practice finds the narrower ones.

    @Transient
    @KeywordField(name = "practice", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "concepts")))
    public List<String> getPracticeIds() {
        return ConceptIds.withAncestors(concepts, ConceptType.PRACTICE);
    }

    @Transient
    @KeywordField(name = "sector", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "concepts")))
    public List<String> getSectorIds() {
        return ConceptIds.withAncestors(concepts, ConceptType.SECTOR);
    }

    @Transient
    @KeywordField(name = "aim", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "concepts")))
    public List<String> getAimIds() {
        return ConceptIds.withAncestors(concepts, ConceptType.AIM);
    }

    @Transient
    @KeywordField(name = "agenda", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "concepts")))
    public List<String> getAgendaIds() {
        return ConceptIds.withAncestors(concepts, ConceptType.AGENDA);
    }

    @Transient
    @KeywordField(name = "country", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "places")))
    public List<String> getCountryCodes() {
        return places.stream().map(DocumentPlace::getCountryCode).distinct().sorted().toList();
    }

    @Transient
    @KeywordField(name = "region", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "places")))
    public List<String> getRegionIds() {
        return places.stream().map(DocumentPlace::getRegionId).filter(java.util.Objects::nonNull).distinct()
                .sorted().toList();
    }

    public String getTextFingerprint() {
        return textFingerprint;
    }

    public void setTextFingerprint(String textFingerprint) {
        this.textFingerprint = textFingerprint;
    }

    public Long getNearDuplicateOf() {
        return nearDuplicateOf;
    }

    public void setNearDuplicateOf(Long nearDuplicateOf) {
        this.nearDuplicateOf = nearDuplicateOf;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = authors;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public void setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getOriginalFilename() {
        return originalFilename;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public int getPageCount() {
        return pageCount;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public List<Page> getPages() {
        return pages;
    }

    public List<Passage> getPassages() {
        return passages;
    }
}
