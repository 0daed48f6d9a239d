package org.commonslibrary.ingest.extraction;

import java.text.Normalizer;

/**
 * Cleans extracted text so that the same words are indexed the same way whatever program produced the
 * file: composed accents, no typographic ligatures or invisible characters, single spaces, paragraphs
 * separated by exactly one blank line.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(CharSequence raw) {
        String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        int newlines = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (c == '\r') {
                if (i + 1 < composed.length() && composed.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000B' || c == '\u0085') {
                // Form feeds and paragraph separators mark paragraph ends; plain newlines mark line ends.
                newlines += (c == '\n' || c == '\u2028' || c == '\u0085') ? 1 : 2;
                pendingSpace = false;
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
            if (isHorizontalSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (out.length() > 0) {
                if (newlines > 0) {
                    out.append(newlines == 1 ? "\n" : "\n\n");
                } else if (pendingSpace) {
                    out.append(' ');
                }
            }
            newlines = 0;
            pendingSpace = false;
            appendUnligated(out, c);
        }
        return out.toString();
    }

    /** Collapses all whitespace, line breaks included, to single spaces: for headings and titles. */
    static String singleLine(CharSequence raw) {
        return normalize(raw).replace("\n\n", " ").replace('\n', ' ');
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    private static boolean isInvisible(char c) {
        // Soft hyphens, zero-width characters and byte-order marks split words without showing anything.
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                || c == '\uFEFF' || (c < 0x20 && c != '\t');
    }

    private static void appendUnligated(StringBuilder out, char c) {
        switch (c) {
            case '\uFB00' -> out.append("ff");
            case '\uFB01' -> out.append("fi");
            case '\uFB02' -> out.append("fl");
            case '\uFB03' -> out.append("ffi");
            case '\uFB04' -> out.append("ffl");
            case '\uFB05', '\uFB06' -> out.append("st");
            default -> out.append(c);
        }
    }
}
