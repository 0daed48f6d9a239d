package org.commonslibrary.ingest.tagging;

/**
 * One mention of a concept in a text.
 *
 * @param conceptId   id in the concept scheme
 * @param start       offset of the first character of the mention in the tagged text
 * @param end         offset after its last character
 * @param matchedText the mention as written, {@code text.substring(start, end)}
 */
public record ConceptMatch(String conceptId, int start, int end, String matchedText) {

    public int length() {
        return end - start;
    }
}
