package org.commonslibrary.ingest.tagging;

import java.util.ArrayList;
import java.util.List;

import org.commonslibrary.ingest.text.TextFolding;

/**
 * Splits text into words: runs of letters, digits and combining marks. Everything else separates words; only
 * whitespace, hyphens and apostrophes keep two words joinable, so "co-management", "co management" and
 * "l'eau" can match labels while a comma or a full stop ends any multi-word label.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = text.length();
        boolean joinable = false;
        while (i < length) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                joinable &= isJoiner(c);
                i++;
                continue;
            }
            int start = i;
            while (i < length && isWordChar(text.charAt(i))) {
                i++;
            }
            String raw = text.substring(start, i);
            tokens.add(new Token(start, i, raw, TextFolding.fold(raw), joinable && !tokens.isEmpty()));
            joinable = true;
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isJoiner(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AD'
                || c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
