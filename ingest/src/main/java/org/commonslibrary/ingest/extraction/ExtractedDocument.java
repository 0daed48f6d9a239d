package org.commonslibrary.ingest.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Text and descriptive facts extracted from one uploaded file.
 *
 * @param mediaType       media type detected from the file's content (never from its name), without
 *                        parameters, e.g. {@code application/pdf}
 * @param title           a human-readable title: the declared title when it is meaningful, else the first
 *                        heading, else the first line of text
 * @param authors         declared authors, placeholders such as "User" removed
 * @param publisher       declared publisher, or null
 * @param publicationDate declared publication or creation date, or null when absent or implausible
 * @param language        ISO 639-1 code, or null until a language step fills it in
 * @param pages           pages that carry text, in order; blank pages are left out but keep their place in
 *                        the numbering
 * @param pageCount       number of pages, slides, sheets or sections, blank ones included
 * @param pageUnit        what the page numbers refer to
 * @param metadata        a few declared properties worth showing or keeping (producer, keywords, dates)
 */
public record ExtractedDocument(String mediaType, String title, List<String> authors, String publisher,
                                LocalDate publicationDate, String language, List<ExtractedPage> pages,
                                int pageCount, PageUnit pageUnit, Map<String, String> metadata) {

    public ExtractedDocument {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pageUnit, "pageUnit");
        authors = List.copyOf(authors);
        pages = List.copyOf(pages);
        metadata = Map.copyOf(metadata);
        if (pageCount < pages.size()) {
            throw new IllegalArgumentException("pageCount " + pageCount + " is less than the " + pages.size()
                    + " pages with text");
        }
    }

    public ExtractedDocument withLanguage(String languageCode) {
        return new ExtractedDocument(mediaType, title, authors, publisher, publicationDate, languageCode, pages,
                pageCount, pageUnit, metadata);
    }

    public Optional<ExtractedPage> page(int number) {
        return pages.stream().filter(p -> p.number() == number).findFirst();
    }

    /** All page texts, separated by blank lines. */
    public String fullText() {
        return pages.stream().map(ExtractedPage::text).collect(Collectors.joining("\n\n"));
    }
}
