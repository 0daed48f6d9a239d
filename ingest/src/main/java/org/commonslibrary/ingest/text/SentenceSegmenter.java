package org.commonslibrary.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds sentence boundaries in English, French and Spanish text. A sentence ends at {@code . ! ? …} followed
 * by space and something that can start a sentence (a capital, a digit, an opening quote or {@code ¿ ¡}),
 * unless the period closes an abbreviation ("e.g.", "Sr.", "p. 12"), an initial ("J. Smith") or a dotted
 * acronym ("U.S."). A blank line always ends a sentence, since headings and list items rarely end with a
 * period. Periods inside numbers ("2.5") are never followed by a space and so never end one.
 */
final class SentenceSegmenter {

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(\\p{L}\\.)+\\p{L}");

    private final Set<String> abbreviations = new HashSet<>();
    private final Set<String> abbreviationsBeforeNumbers = new HashSet<>();

    SentenceSegmenter() {
        for (String line : ResourceLines.read(SentenceSegmenter.class, "abbreviations.txt")) {
            if (line.endsWith(" #")) {
                abbreviationsBeforeNumbers.add(TextFolding.fold(line.substring(0, line.length() - 2).strip()));
            } else {
                abbreviations.add(TextFolding.fold(line));
            }
        }
    }

    List<TextSpan> sentences(String text) {
        List<TextSpan> sentences = new ArrayList<>();
        int length = text.length();
        int start = skipWhitespace(text, 0);
        boolean paragraphStart = true;
        int i = start;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' && isBlankLineAt(text, i)) {
                int end = trimEnd(text, start, i);
                if (end > start) {
                    sentences.add(new TextSpan(start, end, paragraphStart));
                }
                start = skipWhitespace(text, i);
                paragraphStart = true;
                i = start;
                continue;
            }
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int afterRun = i + 1;
            while (afterRun < length && isTerminator(text.charAt(afterRun))) {
                afterRun++;
            }
            int afterClosers = afterRun;
            while (afterClosers < length && isCloser(text.charAt(afterClosers))) {
                afterClosers++;
            }
            if (afterClosers >= length || !Character.isWhitespace(text.charAt(afterClosers))) {
                i = afterClosers;
                continue;
            }
            int next = skipWhitespace(text, afterClosers);
            if (next >= length) {
                break;
            }
            boolean singlePeriod = c == '.' && afterRun == i + 1;
            if (canStartSentence(text.charAt(next)) && !(singlePeriod && isAbbreviation(text, i, next))) {
                sentences.add(new TextSpan(start, afterClosers, paragraphStart));
                paragraphStart = text.substring(afterClosers, next).contains("\n\n");
                start = next;
                i = next;
                continue;
            }
            i = afterClosers;
        }
        int end = trimEnd(text, start, length);
        if (end > start) {
            sentences.add(new TextSpan(start, end, paragraphStart));
        }
        return sentences;
    }

    private boolean isAbbreviation(String text, int period, int next) {
        int tokenStart = period;
        while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))
                && !isOpener(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        String token = text.substring(tokenStart, period);
        if (token.isEmpty()) {
            return false;
        }
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return true;
        }
        if (DOTTED_ACRONYM.matcher(token).matches()) {
            return true;
        }
        String folded = TextFolding.fold(token);
        return abbreviations.contains(folded)
                || abbreviationsBeforeNumbers.contains(folded) && Character.isDigit(text.charAt(next));
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '’' || c == '”' || c == '»' || c == ')' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '(' || c == '[' || c == '"' || c == '“' || c == '«' || c == '‘' || c == '¿' || c == '¡';
    }

    private static boolean canStartSentence(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c) || isOpener(c)
                || c == '•' || c == '–' || c == '—' || c == '-' || c == '*' || c == '\'';
    }

    private static boolean isBlankLineAt(String text, int newline) {
        for (int i = newline + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
