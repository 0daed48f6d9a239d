package org.commonslibrary.ingest.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.commonslibrary.ingest.cases.CaseCandidate;

/**
 * Everything the pure ingest steps learned about a file, ready to be persisted in one transaction.
 *
 * @param fingerprint resemblance key of the whole text, for near-duplicate detection
 */
public record AnalyzedDocument(String title, String kind, String language, List<String> authors, String publisher,
        LocalDate publicationDate, String mediaType, List<PageText> pages, List<PassageText> passages,
        List<ConceptTag> concepts, List<PlaceTag> places, List<Session> sessions, List<CaseCandidate> cases,
        String fingerprint) {

    public AnalyzedDocument {
        authors = List.copyOf(authors);
        pages = List.copyOf(pages);
        passages = List.copyOf(passages);
        concepts = List.copyOf(concepts);
        places = List.copyOf(places);
        sessions = List.copyOf(sessions);
        cases = List.copyOf(cases);
    }

    /** The text of one page. */
    public record PageText(int number, String text) {
    }

    /** A passage of one page, its offsets relative to that page's text, with what it mentions. */
    public record PassageText(int pageNumber, int ordinal, String text, int startOffset, int endOffset,
            String language, List<Mention> concepts, List<PlaceFound> places) {

        public PassageText {
            concepts = List.copyOf(concepts);
            places = List.copyOf(places);
        }
    }

    /** Words of a passage that name a concept; offsets relative to the passage. */
    public record Mention(String conceptId, String matchedText, int start, int end) {
    }

    /** Words of a passage that name a place; {@code cityId} is null for a country. */
    public record PlaceFound(String countryCode, String cityId, String name, String matchedText, int start, int end) {
    }

    /** A concept the whole document is about, and how many times its passages mention it. */
    public record ConceptTag(String conceptId, int mentions) {
    }

    /** A place the document speaks of, with its world region. */
    public record PlaceTag(String countryCode, String cityId, String cityName, String regionId, int mentions) {
    }

    /** A session an event call announces. */
    public record Session(Instant start, Instant end, String zoneLabel, int pageNumber, String sourceText) {
    }
}
