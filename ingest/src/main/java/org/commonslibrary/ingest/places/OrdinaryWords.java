package org.commonslibrary.ingest.places;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ordinary words that are also place names, by their folded words, with the spellings of the ordinary
 * word. Comparing spellings lets accents tell the two apart: "Salé" is the Moroccan city, "sale" is not,
 * while "leon" written without its accent may still be the Spanish "león".
 */
final class OrdinaryWords {

    private final Map<String, Set<String>> spellingsByKey = new HashMap<>();

    void add(String word) {
        spellingsByKey.computeIfAbsent(keyOf(word), k -> new HashSet<>()).add(lower(word));
    }

    boolean contains(String key) {
        return spellingsByKey.containsKey(key);
    }

    /**
     * Whether {@code written}, whose folded words are {@code key}, reads as the ordinary word: it is spelt
     * like it, or it has no accents at all, so that nothing tells it apart.
     */
    boolean isOrdinary(String key, String written) {
        Set<String> spellings = spellingsByKey.get(key);
        if (spellings == null) {
            return false;
        }
        String lower = lower(written);
        return spellings.contains(lower) || !hasDiacritics(lower);
    }

    private static String keyOf(String word) {
        return String.join(" ", WordScanner.foldedWords(word));
    }

    private static String lower(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static boolean hasDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            if (Character.getType(decomposed.charAt(i)) == Character.NON_SPACING_MARK) {
                return true;
            }
        }
        return false;
    }
}
