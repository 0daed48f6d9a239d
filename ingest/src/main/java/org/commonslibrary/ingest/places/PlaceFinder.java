package org.commonslibrary.ingest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the countries and cities a text names, in English, French or Spanish.
 *
 * <p>Names are compared word by word without case or accents ("Bogota" is Bogotá, "ETATS-UNIS" the United
 * States), whole words only, and the longest name wins ("Papua New Guinea" over "Guinea", "Mexico City"
 * over "Mexico"). A name that is also an ordinary word is taken as a place only where it is written as one
 * (see {@link MentionRules}); phrases such as "New Mexico" or "Paris Agreement" tag nothing. A city name
 * shared by several cities is resolved by {@link NamesakeResolver}.
 *
 * <p>Built once from {@link Gazetteer}; immutable, so one instance serves every thread.
 */
public final class PlaceFinder {

    private static final class Shared {
        static final PlaceFinder INSTANCE = new PlaceFinder(Gazetteer.shared());
    }

    /** Words that join the items of a list of places ("Tours et Angers", "Rosario y Córdoba"). */
    private static final Set<String> LIST_JOINERS = Set.of("and", "or", "et", "ou", "y", "e", "o", "u");

    private final PlaceNameIndex index;
    private final MentionRules rules = new MentionRules();
    private final NamesakeResolver namesakes = new NamesakeResolver();

    public PlaceFinder(Gazetteer gazetteer) {
        this.index = new PlaceNameIndex(gazetteer.names());
    }

    public static PlaceFinder shared() {
        return Shared.INSTANCE;
    }

    /**
     * @param text     any text, such as a passage
     * @param language the text's language ("en", "fr", "es", a tag such as "fr-CA"); {@code null} or
     *                 "und" when unknown, which checks ordinary words of all three languages
     * @return the mentions in text order, one per occurrence
     */
    public List<PlaceMention> find(String text, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ScannedText scanned = new ScannedText(text);
        List<Match> matches = match(scanned, Languages.checkedFor(language));
        confirmListedMatches(scanned, matches);
        List<NamesakeResolver.CountryMention> countries = new ArrayList<>();
        for (Match match : matches) {
            Country country = match.country();
            if (match.confirmed && country != null) {
                countries.add(new NamesakeResolver.CountryMention(country.code(), match.from, match.to));
            }
        }
        List<PlaceMention> mentions = new ArrayList<>(matches.size());
        for (Match match : matches) {
            if (match.confirmed) {
                mentions.add(mention(match, scanned, countries, Languages.primary(language)));
            }
        }
        return mentions;
    }

    /** Leftmost, longest names; those the rules take only as part of a list of places stay unconfirmed. */
    private List<Match> match(ScannedText text, List<String> languages) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            int next = i + 1;
            for (PlaceNameIndex.Entry entry : index.startingWith(text.word(i).folded())) {
                if (!text.hasNameAt(i, entry.words())) {
                    continue;
                }
                int to = i + entry.words().size();
                if (entry.blocked()) {
                    next = to;
                    break;
                }
                List<PlaceName> names = rules.writtenAsName(entry, text, i, to);
                MentionRules.Decision decision = rules.decide(entry.key(), names, text, i, to, languages);
                if (decision != MentionRules.Decision.NOT_PLACE) {
                    matches.add(new Match(i, to, names, decision == MentionRules.Decision.PLACE));
                    next = to;
                    break;
                }
            }
            i = next;
        }
        return matches;
    }

    /** Confirms unconfirmed matches that a list joins to a confirmed one, until nothing changes. */
    private static void confirmListedMatches(ScannedText text, List<Match> matches) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int m = 0; m < matches.size(); m++) {
                Match match = matches.get(m);
                if (match.confirmed) {
                    continue;
                }
                boolean listedBefore = m > 0 && matches.get(m - 1).confirmed && listed(text, matches.get(m - 1), match);
                boolean listedAfter = m + 1 < matches.size() && matches.get(m + 1).confirmed
                        && listed(text, match, matches.get(m + 1));
                if (listedBefore || listedAfter) {
                    match.confirmed = true;
                    changed = true;
                }
            }
        }
    }

    /** Whether only a comma or a joining word ("and", "et", "y") stands between the two matches. */
    private static boolean listed(ScannedText text, Match left, Match right) {
        int between = right.from - left.to;
        if (between > 1) {
            return false;
        }
        if (between == 1 && !LIST_JOINERS.contains(text.word(left.to).folded())) {
            return false;
        }
        String gap = text.text.substring(text.word(left.to - 1).end(), text.word(right.from).start());
        String rest = between == 1 ? gap.replaceFirst("(?i)\\p{L}+", "") : gap;
        return rest.chars().allMatch(c -> Character.isWhitespace(c) || c == ',')
                && (between == 1 || rest.indexOf(',') >= 0);
    }

    private PlaceMention mention(Match match, ScannedText text, List<NamesakeResolver.CountryMention> countries,
                                 String language) {
        int start = text.word(match.from).start();
        int end = text.word(match.to - 1).end();
        // "U.S." and "EE. UU." end with a period that belongs to the name, not to the sentence.
        if (text.charAfter(match.to) == '.' && match.names.stream().anyMatch(n -> n.written().endsWith("."))) {
            end++;
        }
        String written = text.text.substring(start, end);
        Country country = match.country();
        if (country != null) {
            return new PlaceMention(PlaceType.COUNTRY, country.code(), null, country.englishName(), start, end, written);
        }
        City city = namesakes.resolve(match.cities(), match.from, match.to, countries, language);
        return new PlaceMention(PlaceType.CITY, city.countryCode(), city.id(), city.name(), start, end, written);
    }

    /** Words {@code from} to {@code to} (exclusive), and the places they may name. */
    private static final class Match {

        final int from;
        final int to;
        final List<PlaceName> names;
        boolean confirmed;

        Match(int from, int to, List<PlaceName> names, boolean confirmed) {
            this.from = from;
            this.to = to;
            this.names = names;
            this.confirmed = confirmed;
        }

        /**
         * The country named, if any: a name shared by a country and a city ("Singapore", "Panamá",
         * "Armenia", the Colombian city) is taken as the country, which is what running text means far more often.
         */
        Country country() {
            return names.stream().map(PlaceName::country).filter(c -> c != null).findFirst().orElse(null);
        }

        List<City> cities() {
            return names.stream().map(PlaceName::city).distinct().toList();
        }
    }
}
