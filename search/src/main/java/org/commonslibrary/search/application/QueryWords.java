package org.commonslibrary.search.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words and quoted phrases of a query as a person typed it. A query is <em>plain</em> when it uses no
 * operator of the simple query syntax other than quotes: only then does the search add its forgiving
 * readings of the words (typos, the last word still being typed), which would otherwise blur what the
 * operators ask for.
 */
record QueryWords(List<String> words, List<String> phrases, boolean plain, boolean lastWordOpen) {

    QueryWords {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
    }

    static QueryWords parse(String query) {
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        boolean plain = true;
        boolean lastWordOpen = false;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '"') {
                int end = query.indexOf('"', i + 1);
                if (end < 0) {
                    // An unclosed quote is taken as ending with the query: the words are still the words.
                    plain = false;
                    end = query.length();
                }
                String phrase = query.substring(i + 1, end).strip();
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
                lastWordOpen = false;
                i = end + 1;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < query.length() && (Character.isLetterOrDigit(query.charAt(i)) || isJoiner(query, i))) {
                    i++;
                }
                words.addAll(splitJoined(query.substring(start, i)));
                lastWordOpen = true;
            } else {
                if (isOperator(query, i)) {
                    plain = false;
                }
                lastWordOpen = false;
                i++;
            }
        }
        return new QueryWords(words, phrases, plain, lastWordOpen && !words.isEmpty());
    }

    /** Every word, those of the phrases included, in the order typed, for a proximity reading. */
    String allWords() {
        List<String> all = new ArrayList<>(phrases);
        all.addAll(words);
        return String.join(" ", all);
    }

    /** The last word in the form the folded fields index it (lower case, no accents), for a prefix match. */
    String lastWordFolded() {
        return fold(words.get(words.size() - 1));
    }

    static String fold(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'œ' -> folded.append("oe");
                case 'æ' -> folded.append("ae");
                case 'ß' -> folded.append("ss");
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }

    /** A hyphen or apostrophe between letters joins a word ("co-gestion", "l'eau") as the tokenizer sees it. */
    private static boolean isJoiner(String query, int i) {
        char c = query.charAt(i);
        return (c == '-' || c == '\'' || c == '’') && i + 1 < query.length()
                && Character.isLetterOrDigit(query.charAt(i + 1));
    }

    private static List<String> splitJoined(String token) {
        List<String> parts = new ArrayList<>();
        for (String part : token.split("[-'’]")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** Operators of the simple query syntax: "|", "+", "-" before a word, "*" after one, and parentheses. */
    private static boolean isOperator(String query, int i) {
        char c = query.charAt(i);
        return switch (c) {
            case '|', '(', ')', '*' -> true;
            case '+', '-' -> i + 1 < query.length() && !Character.isWhitespace(query.charAt(i + 1));
            default -> false;
        };
    }
}
