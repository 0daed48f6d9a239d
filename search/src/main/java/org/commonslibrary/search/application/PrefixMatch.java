package org.commonslibrary.search.application;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Whether the letters a person has typed begin a name or one of its words, without regard to case or
 * accents: "regie pu" begins "Régie publique", "pub" begins its second word. People type fast, often without
 * accents and in lower case, and look for a word they remember from the middle of a name.
 */
final class PrefixMatch {

    /** The name starts with the typed letters. */
    static final int AT_START = 0;
    /** A later word of the name starts with them. */
    static final int AT_WORD = 1;
    static final int NONE = -1;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PrefixMatch() {
    }

    /** Lower case, without diacritics, with runs of white space made one space. */
    static String fold(String text) {
        String stripped = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = Character.toLowerCase(stripped.charAt(i));
            // letters that do not decompose into a base letter and a mark
            switch (c) {
                case 'œ' -> out.append("oe");
                case 'æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case '’', 'ʼ', '‘' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /**
     * @param foldedQuery the typed letters, already {@linkplain #fold folded}
     * @return {@link #AT_START}, {@link #AT_WORD} or {@link #NONE}
     */
    static int of(String foldedQuery, String name) {
        if (foldedQuery.isEmpty()) {
            return NONE;
        }
        String folded = fold(name);
        int at = folded.indexOf(foldedQuery);
        while (at >= 0) {
            if (at == 0) {
                return AT_START;
            }
            if (!Character.isLetterOrDigit(folded.charAt(at - 1))) {
                return AT_WORD;
            }
            at = folded.indexOf(foldedQuery, at + 1);
        }
        return NONE;
    }
}
