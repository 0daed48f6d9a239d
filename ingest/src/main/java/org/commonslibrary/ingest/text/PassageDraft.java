package org.commonslibrary.ingest.text;

import java.util.Objects;

/**
 * A passage of a few sentences, cut from one page.
 *
 * @param pageNumber  the page it was cut from
 * @param ordinal     position among all passages of the document, from 0
 * @param text        exactly {@code pageText.substring(startOffset, endOffset)}
 * @param startOffset index of the first character in the page text
 * @param endOffset   index after the last character in the page text
 */
public record PassageDraft(int pageNumber, int ordinal, String text, int startOffset, int endOffset) {

    public PassageDraft {
        Objects.requireNonNull(text, "text");
        if (startOffset < 0 || endOffset < startOffset || endOffset - startOffset != text.length()) {
            throw new IllegalArgumentException("offsets " + startOffset + ".." + endOffset
                    + " do not match a text of " + text.length() + " characters");
        }
    }
}
