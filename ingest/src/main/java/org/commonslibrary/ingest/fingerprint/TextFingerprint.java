package org.commonslibrary.ingest.fingerprint;

import java.util.Arrays;
import java.util.Base64;

/**
 * A compact summary of a document's text that stays nearly the same when the same text comes in another
 * file format (PDF, DOCX, ODT, HTML), so that an upload can be recognised as a copy of a document the
 * library already holds. The text is reduced to comparable words ({@link ComparableText}: folded case and
 * accents, no punctuation, hyphenation closed up, page numbers and running headers dropped), cut into word
 * 3-shingles, and summarised by a MinHash signature ({@link MinHash}).
 *
 * <p>Why MinHash rather than a 64-bit SimHash: MinHash estimates the share of shingles two texts have in
 * common (their Jaccard similarity), a number with a plain meaning that sits near 0 for unrelated texts and
 * near 1 for reformatted copies, so one threshold separates them with a wide margin. SimHash answers in
 * agreeing bits: unrelated texts already agree on about half of them, texts sharing a language and a
 * vocabulary on more, and a 64-bit hash moves by whole bits, so the distance between "another document on
 * water" and "this document with its page numbers" is a few bits wide and depends on length. The price is
 * 128 bytes instead of 8, still within a short column.
 *
 * <p>An empty text (no words once page numbers are dropped, as from a scanned PDF without OCR) has a
 * fingerprint that is similar to nothing, not even to another empty one: two unreadable files are not
 * thereby the same document.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextFingerprint {

    private static final String PREFIX = "mh1:";
    private static final String EMPTY = PREFIX + "empty";

    private final byte[] signature;

    private TextFingerprint(byte[] signature) {
        this.signature = signature;
    }

    public static TextFingerprint of(String text) {
        return new TextFingerprint(MinHash.signature(ComparableText.words(text == null ? "" : text)));
    }

    public boolean isEmpty() {
        return signature == null;
    }

    /**
     * The estimated share of word 3-shingles the two texts have in common (Jaccard similarity), from 0 to 1;
     * 0 when either text is empty. Estimates carry a standard error of up to 0.045.
     */
    public double similarity(TextFingerprint other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        return MinHash.similarity(signature, other.signature);
    }

    /** A 175-character ASCII form ("mh1:" and URL-safe Base64), for a database column. */
    public String encoded() {
        return isEmpty() ? EMPTY : PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** @throws IllegalArgumentException when {@code encoded} was not made by {@link #encoded()} */
    public static TextFingerprint decode(String encoded) {
        if (EMPTY.equals(encoded)) {
            return new TextFingerprint(null);
        }
        if (encoded == null || !encoded.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a text fingerprint: " + encoded);
        }
        byte[] signature = Base64.getUrlDecoder().decode(encoded.substring(PREFIX.length()));
        if (signature.length != MinHash.SLOTS) {
            throw new IllegalArgumentException("text fingerprint of the wrong length: " + encoded);
        }
        return new TextFingerprint(signature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextFingerprint that && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return encoded();
    }
}
