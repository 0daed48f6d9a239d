package org.commonslibrary.ingest.application;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the pure ingest steps learned about a file, ready to be persisted in one transaction.
 */
public record AnalyzedDocument(String title, String kind, String language, List<String> authors, String publisher,
        LocalDate publicationDate, String mediaType, List<PageText> pages, List<PassageText> passages) {

    public AnalyzedDocument {
        authors = List.copyOf(authors);
        pages = List.copyOf(pages);
        passages = List.copyOf(passages);
    }

    /** The text of one page. */
    public record PageText(int number, String text) {
    }

    /** A passage of one page, its offsets relative to that page's text. */
    public record PassageText(int pageNumber, int ordinal, String text, int startOffset, int endOffset,
            String language) {
    }
}
