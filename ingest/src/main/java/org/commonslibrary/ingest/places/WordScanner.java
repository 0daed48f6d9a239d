package org.commonslibrary.ingest.places;

import java.util.ArrayList;
import java.util.List;

import org.commonslibrary.ingest.text.TextFolding;

/**
 * Splits text into {@link Word}s. Matching compares sequences of folded words rather than folded
 * strings, so offsets always point into the original text even where folding changes a word's length
 * ("Straße" is "strasse").
 */
final class WordScanner {

    private WordScanner() {
    }

    static List<Word> scan(CharSequence text) {
        List<Word> words = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = Character.codePointAt(text, i);
            if (cp == '&') {
                words.add(new Word(i, i + 1, "&"));
                i++;
                continue;
            }
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < length) {
                int c = Character.codePointAt(text, i);
                if (!isWordChar(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            words.add(new Word(start, i, TextFolding.fold(text.subSequence(start, i))));
        }
        return words;
    }

    static List<String> foldedWords(CharSequence text) {
        return scan(text).stream().map(Word::folded).toList();
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
