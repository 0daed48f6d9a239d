package org.commonslibrary.ingest.extraction;

import java.util.List;
import java.util.Objects;

/**
 * The text of one page, slide, sheet or section.
 *
 * @param number   1-based position in the document's own numbering (see {@link PageUnit})
 * @param text     normalised text: paragraphs separated by a blank line, lines by a newline, runs of
 *                 spaces collapsed
 * @param headings heading texts found on this page, in reading order
 */
public record ExtractedPage(int number, String text, List<String> headings) {

    public ExtractedPage {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1: " + number);
        }
        Objects.requireNonNull(text, "text");
        headings = List.copyOf(headings);
    }
}
