package org.commonslibrary.ingest.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonslibrary.ingest.text.ResourceLines;

/**
 * Decides whether words that spell a place name are meant as that place, from how they are written and
 * what stands around them. The word lists behind the rules are data files next to this class.
 *
 * <ul>
 * <li>Case: an acronym ("USA") must appear in exactly that case; any other name needs a capital on one of
 * its words other than particles ({@code name-particles.txt}), so "la paz" is peace, not La Paz.</li>
 * <li>Names that are almost always something else ({@code cue-only-names.txt}: "Reading", "Mobile",
 * "Québec" for the province) count only with a city cue ({@code city-cues.txt}: "the city of Reading").</li>
 * <li>Names that are ordinary words of the text's language ({@code common-words.txt}: "Nice" in English,
 * "Tours" in French, "Cuenca" in Spanish) count only where a capital can only mean a name: not in a
 * title-case run, not in capitals, not at the start of a sentence unless listed with another place
 * ("Tours et Angers"); or with a city cue.</li>
 * <li>Names that are also first names or surnames ({@code personal-names.txt}) do not count next to
 * another capitalised word ("Salvador Allende").</li>
 * <li>A city name between two capitalised words is one word of a longer proper name.</li>
 * </ul>
 */
final class MentionRules {

    /** What the rules make of words that spell a place name. */
    enum Decision {
        PLACE,
        /**
         * An ordinary word capitalised only because it opens a sentence ("Tours et Angers ont…"): a place
         * if it is listed with another place, not otherwise ("Nice to meet you").
         */
        PLACE_IF_LISTED,
        NOT_PLACE
    }

    private final Set<String> particles = new HashSet<>();
    private final List<List<String>> cuesBefore = new ArrayList<>();
    private final List<List<String>> cuesAfter = new ArrayList<>();
    private final OrdinaryWords cueOnly = new OrdinaryWords();
    private final Map<String, OrdinaryWords> commonWords = new HashMap<>();
    private final Set<String> personalNames = new HashSet<>();

    MentionRules() {
        particles.addAll(ResourceLines.read(MentionRules.class, "name-particles.txt"));
        for (String line : ResourceLines.read(MentionRules.class, "city-cues.txt")) {
            List<String> cells = DataLine.cells(line);
            List<String> phrase = WordScanner.foldedWords(cells.get(1));
            switch (cells.get(0)) {
                case "before" -> cuesBefore.add(phrase);
                case "after" -> cuesAfter.add(phrase);
                default -> throw new IllegalStateException("city-cues.txt: expected before or after: " + line);
            }
        }
        ResourceLines.read(MentionRules.class, "cue-only-names.txt").forEach(cueOnly::add);
        for (String line : ResourceLines.read(MentionRules.class, "common-words.txt")) {
            List<String> cells = DataLine.cells(line);
            if (!Languages.SERVED.contains(cells.get(0)) || cells.size() != 2) {
                throw new IllegalStateException("common-words.txt: expected 'language | word': " + line);
            }
            commonWords.computeIfAbsent(cells.get(0), l -> new OrdinaryWords()).add(cells.get(1));
        }
        for (String name : ResourceLines.read(MentionRules.class, "personal-names.txt")) {
            personalNames.add(String.join(" ", WordScanner.foldedWords(name)));
        }
    }

    /**
     * The names of {@code entry} that words {@code from} to {@code to} of the text may stand for, as
     * written; empty when none is written as a name.
     */
    List<PlaceName> writtenAsName(PlaceNameIndex.Entry entry, ScannedText text, int from, int to) {
        List<PlaceName> accepted = new ArrayList<>();
        for (PlaceName name : entry.names()) {
            if (name.acronym() ? acronymWritten(name, text, from, to) : nameWritten(text, from, to)) {
                accepted.add(name);
            }
        }
        return accepted;
    }

    /** Whether the words, written as {@code names} (see {@link #writtenAsName}), are meant as a place. */
    Decision decide(String key, List<PlaceName> names, ScannedText text, int from, int to, List<String> languages) {
        if (names.isEmpty()) {
            return Decision.NOT_PLACE;
        }
        if (names.stream().allMatch(PlaceName::acronym) || hasCue(text, from, to)) {
            return Decision.PLACE;
        }
        String written = text.written(from, to);
        if (cueOnly.isOrdinary(key, written)) {
            return Decision.NOT_PLACE;
        }
        if (personalNames.contains(key) && nextToCapitalisedWord(text, from, to)) {
            return Decision.NOT_PLACE;
        }
        if (namesCity(names) && insideCapitalisedPhrase(text, from, to)) {
            return Decision.NOT_PLACE;
        }
        for (String language : languages) {
            OrdinaryWords words = commonWords.get(language);
            if (words != null && words.isOrdinary(key, written)) {
                if (text.inCapitals(from, to) || nextToCapitalisedWord(text, from, to)) {
                    return Decision.NOT_PLACE;
                }
                if (text.startsSentence(from)) {
                    return Decision.PLACE_IF_LISTED;
                }
            }
        }
        return Decision.PLACE;
    }

    private static boolean namesCity(List<PlaceName> names) {
        return names.stream().allMatch(name -> name.city() != null);
    }

    /**
     * Capitalised words on both sides: the city name is one word of a longer proper name, mostly an
     * organisation's in another language ("Kagad Kach Patra Kashtakari Panchayat").
     */
    private boolean insideCapitalisedPhrase(ScannedText text, int from, int to) {
        int before = text.adjacentBefore(from);
        int after = text.adjacentAfter(to);
        return before >= 0 && after >= 0 && capitalisedWord(text, before) && !text.startsSentence(before)
                && capitalisedWord(text, after);
    }

    private boolean capitalisedWord(ScannedText text, int index) {
        return text.capitalised(index) && !particles.contains(text.word(index).folded());
    }

    private boolean nameWritten(ScannedText text, int from, int to) {
        if (to - from == 1) {
            return text.capitalised(from);
        }
        boolean allParticles = true;
        for (int i = from; i < to; i++) {
            if (!particles.contains(text.word(i).folded())) {
                allParticles = false;
                if (text.capitalised(i)) {
                    return true;
                }
            }
        }
        return allParticles && text.capitalised(from);
    }

    /**
     * Exactly the acronym's letters and case, and not inside a line in capitals ("ABOUT US") nor a
     * currency ("US$").
     */
    private static boolean acronymWritten(PlaceName name, ScannedText text, int from, int to) {
        if (!letters(text.written(from, to)).equals(letters(name.written()))) {
            return false;
        }
        if (text.charAfter(to) == '$') {
            return false;
        }
        int before = text.adjacentBefore(from);
        int after = text.adjacentAfter(to);
        return !(before >= 0 && text.inCapitals(before, before + 1))
                && !(after >= 0 && text.inCapitals(after, after + 1));
    }

    /**
     * A capitalised word right before (that does not itself start a sentence) or right after: a title in
     * title case, a person's full name, an organisation's name.
     */
    private boolean nextToCapitalisedWord(ScannedText text, int from, int to) {
        int before = text.adjacentBefore(from);
        if (before >= 0 && capitalisedWord(text, before) && !text.startsSentence(before)) {
            return true;
        }
        int after = text.adjacentAfter(to);
        return after >= 0 && capitalisedWord(text, after);
    }

    private boolean hasCue(ScannedText text, int from, int to) {
        for (List<String> cue : cuesBefore) {
            if (text.phraseEndsBefore(from, cue)) {
                return true;
            }
        }
        for (List<String> cue : cuesAfter) {
            if (text.phraseStartsAt(to, cue)) {
                return true;
            }
        }
        return false;
    }

    private static String letters(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
        return out.toString();
    }
}
