package org.commonslibrary.ingest.tagging;

/**
 * A word of a text.
 *
 * @param start         first character in the text
 * @param end           after the last character
 * @param raw           the word as written
 * @param folded        lower-cased, without accents
 * @param joinsPrevious whether only spaces, hyphens or apostrophes separate it from the previous word, so that a
 *                      multi-word label may run across the gap
 */
record Token(int start, int end, String raw, String folded, boolean joinsPrevious) {
}
