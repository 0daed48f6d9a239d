package org.commonslibrary.ingest.places;

import java.util.List;

/**
 * A text and its words, with the questions the finder asks about a stretch of words: is it written as a
 * name, does a sentence start there, which words stand next to it.
 */
final class ScannedText {

    /** Longest run of separator characters allowed between two words of one name (" - " in "Congo - Kinshasa"). */
    private static final int MAX_INNER_GAP = 3;

    final String text;
    final List<Word> words;

    ScannedText(String text) {
        this.text = text;
        this.words = WordScanner.scan(text);
    }

    int size() {
        return words.size();
    }

    Word word(int index) {
        return words.get(index);
    }

    /** The text of words {@code from} to {@code to} (exclusive), separators included. */
    String written(int from, int to) {
        return text.substring(words.get(from).start(), words.get(to - 1).end());
    }

    /**
     * Whether the words from {@code from} on are {@code expected}, joined only by what may join the words
     * of a name, and not glued to a word before by a hyphen ("France" in "Île-de-France") nor part of an
     * address ("paris.fr", "@paris").
     */
    boolean hasNameAt(int from, List<String> expected) {
        int to = from + expected.size();
        if (to > words.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!words.get(from + i).folded().equals(expected.get(i))) {
                return false;
            }
            if (i > 0 && !isInnerGap(words.get(from + i - 1).end(), words.get(from + i).start())) {
                return false;
            }
        }
        return !gluedBefore(words.get(from).start()) && !gluedAfter(words.get(to - 1).end());
    }

    private boolean isInnerGap(int start, int end) {
        if (end - start > MAX_INNER_GAP) {
            return false;
        }
        int newlines = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
            } else if (!Character.isWhitespace(c) && !isHyphen(c) && !isApostrophe(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return newlines <= 1;
    }

    private boolean gluedBefore(int start) {
        if (start < 2) {
            return false;
        }
        char before = text.charAt(start - 1);
        boolean joiner = isHyphen(before) || before == '.' || before == '/' || before == '@' || before == '_'
                || before == '\\';
        return joiner && Character.isLetterOrDigit(text.charAt(start - 2));
    }

    private boolean gluedAfter(int end) {
        if (end >= text.length()) {
            return false;
        }
        char after = text.charAt(end);
        if (after == '@' || after == '/' || after == '_' || after == '\\') {
            return true;
        }
        return after == '.' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1));
    }

    /** Whether the word begins with a capital letter. */
    boolean capitalised(int index) {
        Word word = words.get(index);
        int cp = text.codePointAt(word.start());
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Whether every letter of the stretch is a capital, and there are at least two ("NICE", "USA"). */
    boolean inCapitals(int from, int to) {
        int letters = 0;
        for (int i = words.get(from).start(); i < words.get(to - 1).end(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Whether a sentence, heading or list item starts at the word: nothing but openers (quotes, brackets,
     * bullets, "¿") between it and the start of the text, a blank line, or a sentence-ending mark.
     */
    boolean startsSentence(int index) {
        int i = words.get(index).start() - 1;
        int newlines = 0;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
            } else if (!Character.isWhitespace(c) && !isOpener(c)) {
                break;
            }
            i--;
        }
        if (i < 0 || newlines >= 2) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '…';
    }

    /** The index of the word right before {@code index} when only spaces separate them, else -1. */
    int adjacentBefore(int index) {
        if (index == 0) {
            return -1;
        }
        return onlySpaces(words.get(index - 1).end(), words.get(index).start()) ? index - 1 : -1;
    }

    /** The index of the word right after {@code to - 1} when only spaces separate them, else -1. */
    int adjacentAfter(int to) {
        if (to >= words.size()) {
            return -1;
        }
        return onlySpaces(words.get(to - 1).end(), words.get(to).start()) ? to : -1;
    }

    /** Whether {@code phrase} (folded words) ends right before word {@code index}, apostrophes counting as spaces. */
    boolean phraseEndsBefore(int index, List<String> phrase) {
        int first = index - phrase.size();
        if (first < 0) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            int at = first + i;
            if (!words.get(at).folded().equals(phrase.get(i)) || !spacesOrApostrophes(words.get(at).end(),
                    words.get(at + 1).start())) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code phrase} (folded words) starts right after the word before {@code to}. */
    boolean phraseStartsAt(int to, List<String> phrase) {
        if (to + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            int at = to + i;
            if (!words.get(at).folded().equals(phrase.get(i)) || !onlySpaces(words.get(at - 1).end(),
                    words.get(at).start())) {
                return false;
            }
        }
        return true;
    }

    /** The character right after the stretch, or 0 at the end of the text. */
    char charAfter(int to) {
        int end = words.get(to - 1).end();
        return end < text.length() ? text.charAt(end) : 0;
    }

    private boolean onlySpaces(int start, int end) {
        int newlines = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return newlines <= 1 && end > start;
    }

    private boolean spacesOrApostrophes(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !isApostrophe(c)) {
                return false;
            }
        }
        return end > start;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑' || c == '–';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '«' || c == '(' || c == '[' || c == '\'' || c == '‘' || c == '¿'
                || c == '¡' || c == '*' || c == '•' || c == '·' || c == '–' || c == '—' || c == '-';
    }
}
