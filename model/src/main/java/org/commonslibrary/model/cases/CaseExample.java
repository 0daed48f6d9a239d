package org.commonslibrary.model.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.document.Passage;
import org.commonslibrary.model.search.AnalysisNames;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.engine.backend.types.Searchable;
import org.commonslibrary.model.document.ConceptIds;
import org.commonslibrary.model.search.SearchResultFields;
import org.commonslibrary.model.vocabulary.ConceptType;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A concrete practice in a concrete place, as the library's documents describe it: the unit officials
 * look for. It always points back to the passages it comes from.
 */
@Entity
@Table(name = "case_example")
@Indexed(index = "cases")
public class CaseExample {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private Long id;

    @Version
    private long version;

    // The same analyses as a document's title, under the same names, so one query reads both.
    @FullTextField(analyzer = AnalysisNames.TEXT, projectable = Projectable.YES)
    @FullTextField(name = "title_en", analyzer = AnalysisNames.TEXT_EN)
    @FullTextField(name = "title_fr", analyzer = AnalysisNames.TEXT_FR)
    @FullTextField(name = "title_es", analyzer = AnalysisNames.TEXT_ES)
    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStatus status;

    /** How sure the proposal is, from 0 to 1; curated cases keep the value they were proposed with. */
    private double confidence;

    @FullTextField(analyzer = AnalysisNames.TEXT, projectable = Projectable.YES)
    @Column(length = 200)
    private String city;

    @Column(length = 20)
    private String cityId;

    // Indexed as "country" and "region", the names the document index uses for the same facets.
    @KeywordField(name = "country", aggregable = Aggregable.YES)
    @Column(length = 2)
    private String countryCode;

    @KeywordField(name = "region", aggregable = Aggregable.YES)
    @Column(length = 40)
    private String regionId;

    @ElementCollection
    @CollectionTable(name = "case_practice", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "concept_id", length = 100)
    private Set<String> practiceIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_sector", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "concept_id", length = 100)
    private Set<String> sectorIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_actor", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @Column(name = "actor", length = 300)
    private List<String> actors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_outcome", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @Column(name = "outcome", length = 500)
    private List<String> outcomes = new ArrayList<>();

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Integer startYear;

    @GenericField(projectable = Projectable.YES)
    private Integer endYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    @IndexedEmbedded(includePaths = {"id", "language", "published"})
    private LibraryDocument document;

    // Indexed under the name the document index gives its passages, so one full-text query reads both.
    // Passages never change once written, so a passage needs no way back to the cases that cite it.
    @IndexedEmbedded(name = "passages", includePaths = {"text", "text_en", "text_fr", "text_es"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToMany
    @JoinTable(name = "case_source_passage", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "passage_id"))
    @OrderColumn(name = "position")
    private List<Passage> sourcePassages = new ArrayList<>();

    // Indexed under the document index's name for its upload time, so "recently added" sorts both together.
    @GenericField(name = SearchResultFields.ADDED, sortable = Sortable.YES)
    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected CaseExample() {
    }

    public CaseExample(LibraryDocument document, String title, double confidence, Instant now) {
        this.document = document;
        this.title = title;
        this.confidence = confidence;
        this.status = CaseStatus.PROPOSED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void locate(String cityName, String cityGazetteerId, String country, String region) {
        this.city = cityName;
        this.cityId = cityGazetteerId;
        this.countryCode = country;
        this.regionId = region;
    }

    public void setYears(Integer start, Integer end) {
        this.startYear = start;
        this.endYear = end;
    }

    public void review(CaseStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    public void retitle(String newTitle, Instant now) {
        this.title = newTitle;
        this.updatedAt = now;
    }

    // The fields below repeat, under the document index's names and types, what a case shares with its
    // document or with documents in general, so documents and cases can be searched and counted together.

    @Transient
    @KeywordField(name = SearchResultFields.TYPE, aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getResultType() {
        return SearchResultFields.TYPE_CASE;
    }

    @Transient
    @KeywordField(name = SearchResultFields.KEY, sortable = Sortable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getResultKey() {
        return SearchResultFields.key(SearchResultFields.TYPE_CASE, id);
    }

    /** The review status in lower case, as the API names it. */
    @Transient
    @KeywordField(name = "status", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
    public String getStatusId() {
        return status.name().toLowerCase(Locale.ROOT);
    }

    @Transient
    @KeywordField(name = "practice", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "practiceIds")))
    public List<String> getPracticeFacetIds() {
        return ConceptIds.withAncestorsOf(practiceIds, ConceptType.PRACTICE);
    }

    @Transient
    @KeywordField(name = "sector", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "sectorIds")))
    public List<String> getSectorFacetIds() {
        return ConceptIds.withAncestorsOf(sectorIds, ConceptType.SECTOR);
    }

    /** A case serves the aims and agendas of the document that describes it. */
    @Transient
    @KeywordField(name = "aim", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "document"),
        @PropertyValue(propertyName = "concepts")}))
    public List<String> getAimIds() {
        return document.getAimIds();
    }

    @Transient
    @KeywordField(name = "agenda", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "document"),
        @PropertyValue(propertyName = "concepts")}))
    public List<String> getAgendaIds() {
        return document.getAgendaIds();
    }

    @Transient
    @KeywordField(name = "kind", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "document"),
        @PropertyValue(propertyName = "kind")}))
    public String getDocumentKind() {
        return document.getKind();
    }

    @Transient
    @KeywordField(name = "language", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "document"),
        @PropertyValue(propertyName = "language")}))
    public String getDocumentLanguage() {
        return document.getLanguage();
    }

    @Transient
    @KeywordField(name = "publisher", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "document"),
        @PropertyValue(propertyName = "publisher")}))
    public String getDocumentPublisher() {
        return document.getPublisher();
    }

    /** A case is as recent as the document that reports it: sorting by date and the year facet read this. */
    @Transient
    @GenericField(name = "publicationDate", sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "document"),
        @PropertyValue(propertyName = "publicationDate")}))
    public LocalDate getPublicationDate() {
        return document.getPublicationDate();
    }

    @Transient
    @GenericField(name = SearchResultFields.YEAR, aggregable = Aggregable.YES, sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "document"),
        @PropertyValue(propertyName = "publicationDate")}))
    public Integer getPublicationYear() {
        return document.getPublicationYear();
    }

    @Transient
    @GenericField(name = "published")
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "document"),
        @PropertyValue(propertyName = "published")}))
    public boolean isPublished() {
        return document.isPublished();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public double getConfidence() {
        return confidence;
    }

    public String getCity() {
        return city;
    }

    public String getCityId() {
        return cityId;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getRegionId() {
        return regionId;
    }

    public Set<String> getPracticeIds() {
        return practiceIds;
    }

    public Set<String> getSectorIds() {
        return sectorIds;
    }

    public List<String> getActors() {
        return actors;
    }

    public List<String> getOutcomes() {
        return outcomes;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public LibraryDocument getDocument() {
        return document;
    }

    public List<Passage> getSourcePassages() {
        return sourcePassages;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
