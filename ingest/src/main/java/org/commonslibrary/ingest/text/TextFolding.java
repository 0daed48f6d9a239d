package org.commonslibrary.ingest.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Lower-cases and strips diacritics, so that "Política", "POLITICA" and "politica" compare equal: uploads
 * and queries often lose accents (capitals typed without them, old encodings, mobile keyboards).
 */
public final class TextFolding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    public static String fold(CharSequence text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = Character.toLowerCase(stripped.charAt(i));
            switch (c) {
                // Letters that NFD does not decompose into a base letter plus a mark.
                case 'œ' -> out.append("oe");
                case 'æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ' -> out.append('d');
                case '’', 'ʼ', '‘' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
