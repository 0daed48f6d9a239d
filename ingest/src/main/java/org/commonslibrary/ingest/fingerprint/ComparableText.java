package org.commonslibrary.ingest.fingerprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.commonslibrary.ingest.text.TextFolding;

/**
 * Reduces a document's text to the words that survive a change of file format. The same document saved as
 * PDF and as DOCX differs in line breaks, in words hyphenated at a line end, in running headers and footers
 * repeated on every page, in page numbers, and in punctuation and typography (quotes, dashes, non-breaking
 * spaces); none of that should count as a difference.
 */
final class ComparableText {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\f\\u2028\\u2029\\u000B]");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-\\s]*(?:(?:page|pagina|pag|p)\\.?\\s*)?\\d{1,4}(?:\\s*(?:/|of|de|sur)\\s*\\d{1,4})?[-\\s]*");
    // A hyphen between letters: "co-management" and "manage-\nment" both close up, so the two formats agree.
    private static final Pattern HYPHEN_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})[-\\u2010\\u2011]\\s*(?=\\p{L})");
    private static final Pattern SOFT_HYPHEN = Pattern.compile("\\u00AD\\s*");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
    /** Lines repeated this often are running headers or footers. */
    private static final int RUNNING_LINE_MIN_REPEATS = 3;
    private static final int RUNNING_LINE_MAX_WORDS = 15;

    private ComparableText() {
    }

    static List<String> words(String text) {
        String[] lines = LINE_BREAK.split(text, -1);
        Map<String, Integer> repeats = new HashMap<>();
        for (String line : lines) {
            repeats.merge(runningKey(line), 1, Integer::sum);
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (String line : lines) {
            String folded = TextFolding.fold(line).strip();
            if (folded.isEmpty() || PAGE_NUMBER.matcher(folded).matches() || isRunning(line, repeats)) {
                continue;
            }
            kept.append(folded).append('\n');
        }
        String joined = HYPHEN_BETWEEN_LETTERS.matcher(SOFT_HYPHEN.matcher(kept).replaceAll("")).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(joined)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isRunning(String line, Map<String, Integer> repeats) {
        String key = runningKey(line);
        return !key.isEmpty() && repeats.get(key) >= RUNNING_LINE_MIN_REPEATS && key.split(" ").length <= RUNNING_LINE_MAX_WORDS;
    }

    // Page numbers inside a running header ("Policy paper | 12") change from page to page.
    private static String runningKey(String line) {
        String words = NOT_WORD.matcher(DIGITS.matcher(TextFolding.fold(line)).replaceAll(" ")).replaceAll(" ");
        return words.strip();
    }
}
