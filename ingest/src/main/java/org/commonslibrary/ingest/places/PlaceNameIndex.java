package org.commonslibrary.ingest.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonslibrary.ingest.text.ResourceLines;

/**
 * Place names and blocking phrases ({@code not-places.txt}) by their first folded word, longest first, so
 * that the finder tries "Papua New Guinea" before "Guinea" and "New Mexico" (blocked) before "Mexico".
 */
final class PlaceNameIndex {

    /**
     * All the ways of writing that fold to the same words.
     *
     * @param words   the folded words
     * @param names   the places they name; empty for a blocking phrase
     * @param blocked whether the words are a phrase inside which nothing is tagged
     */
    record Entry(List<String> words, List<PlaceName> names, boolean blocked) {

        String key() {
            return String.join(" ", words);
        }
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    PlaceNameIndex(List<PlaceName> names) {
        Map<String, List<PlaceName>> byKey = new LinkedHashMap<>();
        for (PlaceName name : names) {
            byKey.computeIfAbsent(name.key(), k -> new ArrayList<>()).add(name);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        byKey.forEach((key, group) -> entries.put(key, new Entry(group.get(0).words(), List.copyOf(group), false)));
        for (String phrase : ResourceLines.read(PlaceNameIndex.class, "not-places.txt")) {
            List<String> words = WordScanner.foldedWords(phrase);
            entries.put(String.join(" ", words), new Entry(words, List.of(), true));
        }
        for (Entry entry : entries.values()) {
            byFirstWord.computeIfAbsent(entry.words().get(0), w -> new ArrayList<>()).add(entry);
        }
        Comparator<Entry> longestFirst = Comparator.comparingInt((Entry e) -> e.words().size()).reversed();
        byFirstWord.values().forEach(list -> list.sort(longestFirst));
    }

    List<Entry> startingWith(String foldedWord) {
        return byFirstWord.getOrDefault(foldedWord, List.of());
    }
}
