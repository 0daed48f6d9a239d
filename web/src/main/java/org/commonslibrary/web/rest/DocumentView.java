package org.commonslibrary.web.rest;

import org.commonslibrary.model.cases.CaseStatus;
import org.commonslibrary.search.application.OriginalLinks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.commonslibrary.model.document.LibraryDocument;

/** The JSON shape of a document with its pages, tags, sessions and case examples. */
public record DocumentView(long id, String title, String kind, String kindLabel, String language,
        String languageLabel, String authors, String publisher, LocalDate publicationDate, String mediaType,
        String filename, long sizeBytes, int pageCount, Instant addedAt, boolean published, Long nearDuplicateOf,
        String original, List<ConceptView> concepts, List<PlaceView> places, List<SessionView> sessions,
        List<CaseSummary> cases, List<PageView> pages) {

    /**
     * The document as {@code labels}' language names it. Readers see its confirmed cases; curators
     * ({@code curator}) also its proposals and rejected ones.
     */
    static DocumentView of(LibraryDocument d, Labels labels, boolean curator) {
        return new DocumentView(d.getId(), d.getTitle(), d.getKind(), labels.kind(d.getKind()), d.getLanguage(),
                labels.language(d.getLanguage()), d.getAuthors(), d.getPublisher(), d.getPublicationDate(),
                d.getMediaType(), d.getOriginalFilename(), d.getSizeBytes(), d.getPageCount(), d.getAddedAt(),
                d.isPublished(), d.getNearDuplicateOf(), OriginalLinks.original(d.getId()),
                d.getConcepts().stream().map(c -> new ConceptView(c.getConceptId(), labels.concept(c.getConceptId()),
                        c.getMentions(), c.isCurated())).toList(),
                d.getPlaces().stream().map(p -> new PlaceView(p.getCountryCode(), labels.country(p.getCountryCode()),
                        p.getCityId(), p.getCityName(), p.getRegionId(), labels.region(p.getRegionId()),
                        p.getMentions())).toList(),
                d.getSessions().stream().map(s -> new SessionView(s.getStartsAt(), s.getEndsAt(), s.getZoneLabel(),
                        s.getPageNumber(), s.getSourceText())).toList(),
                d.getCases().stream().filter(c -> curator || c.getStatus() == CaseStatus.CONFIRMED)
                        .map(c -> new CaseSummary(c.getId(), c.getTitle(), c.getStatus().apiName(),
                        c.getConfidence())).toList(),
                d.getPages().stream().map(p -> new PageView(p.getNumber(), p.getText())).toList());
    }

    /** A concept the document is about. */
    public record ConceptView(String id, String label, int mentions, boolean curated) {
    }

    /** A place the document speaks of. */
    public record PlaceView(String countryCode, String country, String cityId, String city, String regionId,
            String region, int mentions) {
    }

    /** A session of an event call, as instants (UTC) plus the zone the document wrote. */
    public record SessionView(Instant start, Instant end, String zoneAsWritten, int page, String sourceText) {
    }

    /** A case example proposed from, or confirmed in, the document. */
    public record CaseSummary(long id, String title, String status, double confidence) {
    }

    /** One page's number and text. */
    public record PageView(int number, String text) {
    }
}
