package org.commonslibrary.ingest.text;

/**
 * A stretch of a text, by character offsets.
 *
 * @param start          first character
 * @param end            after the last character
 * @param paragraphStart whether a paragraph begins here
 */
record TextSpan(int start, int end, boolean paragraphStart) {

    int length() {
        return end - start;
    }
}
