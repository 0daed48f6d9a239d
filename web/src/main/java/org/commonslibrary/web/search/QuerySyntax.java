package org.commonslibrary.web.search;

import java.util.Optional;

/**
 * Checks a query against the simple query syntax the search accepts (words, "quoted phrases", {@code |} for
 * or, {@code +} and {@code -} before a word, {@code *} after one, parentheses), so that a query the engine
 * would read in a way nobody meant is refused with a message saying what to fix.
 */
public final class QuerySyntax {

    private QuerySyntax() {
    }

    /** What is wrong with the query, or empty when it is well formed. */
    public static Optional<String> problem(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        int depth = 0;
        boolean inPhrase = false;
        boolean sawTerm = false;
        // What came last outside phrases: a term, an opening parenthesis, an operator, or nothing yet.
        char previous = ' ';
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (inPhrase) {
                if (c == '"') {
                    inPhrase = false;
                    previous = 'w';
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            switch (c) {
                case '"' -> {
                    inPhrase = true;
                    sawTerm = true;
                }
                case '(' -> {
                    depth++;
                    previous = '(';
                }
                case ')' -> {
                    if (depth == 0) {
                        return Optional.of("A closing parenthesis has no opening one.");
                    }
                    if (previous == '(') {
                        return Optional.of("A pair of parentheses holds nothing.");
                    }
                    if (previous == '|' || previous == '+' || previous == '-') {
                        return Optional.of("The operator '" + previous + "' needs a word after it.");
                    }
                    depth--;
                    previous = 'w';
                }
                case '|' -> {
                    if (previous != 'w') {
                        return Optional.of("The operator '|' (or) needs a word on each side.");
                    }
                    previous = '|';
                }
                case '+', '-' -> {
                    if (previous == 'w' && i > 0 && !Character.isWhitespace(query.charAt(i - 1))) {
                        // a hyphen inside a word ("co-management") is part of the word
                        continue;
                    }
                    if (i + 1 >= query.length() || !startsTerm(query.charAt(i + 1))) {
                        return Optional.of("The operator '" + c + "' must stand right before a word or a phrase.");
                    }
                    previous = c;
                }
                case '*' -> {
                    if (previous != 'w' || Character.isWhitespace(query.charAt(i - 1))) {
                        return Optional.of("'*' must end a word, as in remunicipali*.");
                    }
                }
                default -> {
                    previous = 'w';
                    sawTerm |= Character.isLetterOrDigit(c);
                }
            }
        }
        if (inPhrase) {
            return Optional.of("A quotation mark is not closed.");
        }
        if (depth > 0) {
            return Optional.of("An opening parenthesis is not closed.");
        }
        if (previous == '|' || previous == '+' || previous == '-') {
            return Optional.of("The query ends with the operator '" + previous + "', which needs a word after it.");
        }
        if (!sawTerm) {
            return Optional.of("The query has operators but no word to search for.");
        }
        return Optional.empty();
    }

    private static boolean startsTerm(char c) {
        return Character.isLetterOrDigit(c) || c == '"' || c == '(';
    }
}
