package org.commonslibrary.ingest.places;

/**
 * A word of a text: a run of letters and digits (with their combining marks), or an ampersand, which
 * stands for "and" in names such as "Trinidad &amp; Tobago".
 *
 * @param start  offset of its first character
 * @param end    offset after its last character
 * @param folded lower-cased, without accents, as {@link org.commonslibrary.ingest.text.TextFolding} folds
 */
record Word(int start, int end, String folded) {
}
