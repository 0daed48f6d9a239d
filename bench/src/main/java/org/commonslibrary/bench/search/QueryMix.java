package org.commonslibrary.bench.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.commonslibrary.model.vocabulary.Concept;
import org.commonslibrary.model.vocabulary.ConceptScheme;

/**
 * Faceted full-text queries as officials type them: one to three words naming a practice, sector, aim or
 * agenda in English, French or Spanish, and filters on a few facets, so that besides the main query the API
 * also counts each selected facet without its own filter.
 */
public final class QueryMix {

    /** The languages queries are written in, and the labels of the answers asked for. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es");
    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}' -]+");
    private static final int MAX_WORDS = 3;

    private final Map<String, List<String>> wordsByLanguage;
    private final FacetValues facetValues;
    private final int filtersPerQuery;

    public QueryMix(ConceptScheme scheme, FacetValues facetValues, int filtersPerQuery) {
        this.wordsByLanguage = queryWords(scheme);
        this.facetValues = facetValues;
        this.filtersPerQuery = Math.min(filtersPerQuery, facetValues.facets().size());
    }

    public SearchQuery next(Random random) {
        String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        List<String> words = wordsByLanguage.get(language);
        String query = words.get(random.nextInt(words.size()));
        List<String> facets = new ArrayList<>(facetValues.facets());
        Collections.shuffle(facets, random);
        List<Map.Entry<String, String>> filters = new ArrayList<>();
        for (String facet : facets.subList(0, filtersPerQuery)) {
            filters.add(Map.entry(facet, facetValues.pick(facet, random)));
        }
        return new SearchQuery(query, language, filters);
    }

    /** The vocabulary labels of one language that the mix searches for, lower-cased. */
    public List<String> words(String language) {
        return wordsByLanguage.get(language);
    }

    private static Map<String, List<String>> queryWords(ConceptScheme scheme) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            List<String> words = new ArrayList<>();
            for (Concept concept : scheme.all()) {
                for (String label : concept.allLabels(language)) {
                    if (PLAIN_WORDS.matcher(label).matches() && label.split(" ").length <= MAX_WORDS) {
                        words.add(label.toLowerCase(Locale.ROOT));
                    }
                }
            }
            byLanguage.put(language, List.copyOf(words));
        }
        return byLanguage;
    }
}
