package org.commonslibrary.ingest.places;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonslibrary.ingest.text.ResourceLines;

/**
 * Chooses among cities of the same name ("Valencia" in Spain, Venezuela and California). In order:
 * the city whose country the text names, nearest to the mention, a following country winning a tie
 * ("Valencia, en España"); in a French or Spanish text, a city in a country of that language
 * ({@code language-countries.txt}); the most populous.
 */
final class NamesakeResolver {

    /**
     * Where the text names a country.
     *
     * @param code country code
     * @param from index of its first word
     * @param to   index after its last word
     */
    record CountryMention(String code, int from, int to) {
    }

    private static final Comparator<City> MOST_POPULOUS = Comparator.comparingLong(City::population).reversed()
            .thenComparing(City::id);

    private final Map<String, Set<String>> countriesByLanguage = new HashMap<>();

    NamesakeResolver() {
        for (String line : ResourceLines.read(NamesakeResolver.class, "language-countries.txt")) {
            List<String> cells = DataLine.cells(line);
            countriesByLanguage.put(cells.get(0), Set.copyOf(Arrays.asList(cells.get(1).split("\\s+"))));
        }
    }

    /**
     * @param candidates cities named by the words {@code from} to {@code to}
     * @param countries  the countries the text names, where
     * @param language   the text's primary language subtag
     */
    City resolve(List<City> candidates, int from, int to, List<CountryMention> countries, String language) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        Set<String> languageCountries = countriesByLanguage.getOrDefault(language, Set.of());
        Comparator<City> byNamedCountry = Comparator.comparingLong(city -> distance(city, from, to, countries));
        Comparator<City> byLanguage = Comparator.comparingInt(city -> languageCountries.contains(city.countryCode()) ? 0 : 1);
        return candidates.stream().min(byNamedCountry.thenComparing(byLanguage).thenComparing(MOST_POPULOUS))
                .orElseThrow();
    }

    /** Words between the mention and the nearest mention of the city's country, doubled, plus one if before. */
    private static long distance(City city, int from, int to, List<CountryMention> countries) {
        long best = Long.MAX_VALUE;
        for (CountryMention country : countries) {
            if (country.code().equals(city.countryCode())) {
                long score = country.from() >= to ? 2L * (country.from() - to) : 2L * (from - country.to()) + 1;
                best = Math.min(best, score);
            }
        }
        return best;
    }
}
