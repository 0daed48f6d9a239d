package org.commonslibrary.ingest.dates;

import org.commonslibrary.ingest.text.TextFolding;

/**
 * Folds a text character by character, keeping its length, so that a match found in the folded copy points
 * at the same offsets in the original. {@link TextFolding#fold} may change the length (it turns "œ" into
 * "oe"); here such characters are only lower-cased. Space separators of every kind become a plain space and
 * every dash or minus sign becomes "-", because French typography puts non-breaking spaces inside "15 h 30"
 * and word processors turn "15:00-17:30" into an en dash.
 */
public final class AlignedFolding {

    private AlignedFolding() {
    }

    public static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return out.toString();
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return c == '\t' ? ' ' : Character.toLowerCase(c);
        }
        if (Character.getType(c) == Character.SPACE_SEPARATOR) {
            return ' ';
        }
        if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\u00AD' || c == '\uFE63' || c == '\uFF0D') {
            return '-';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String folded = TextFolding.fold(String.valueOf(c));
        return folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c);
    }
}
