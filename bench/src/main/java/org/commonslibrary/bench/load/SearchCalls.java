package org.commonslibrary.bench.load;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.commonslibrary.bench.search.FacetValues;
import org.commonslibrary.bench.search.QueryMix;
import org.commonslibrary.bench.search.SearchQuery;
import org.commonslibrary.model.vocabulary.ConceptScheme;

/**
 * The searches of a visit: vocabulary words with no, one or two facets chosen, now and then the next pages
 * of a result, and browsing by facets alone with an empty query.
 */
final class SearchCalls {

    /** Percent of searches without words: the page's first view, or browsing by facets. */
    static final int NO_WORDS_PERCENT = 15;
    /** Percent of searches that ask for page 2 or 3. */
    static final int LATER_PAGE_PERCENT = 15;
    private static final Map<Integer, Integer> FILTER_COUNT_WEIGHTS = new LinkedHashMap<>();

    static {
        FILTER_COUNT_WEIGHTS.put(0, 45);
        FILTER_COUNT_WEIGHTS.put(1, 35);
        FILTER_COUNT_WEIGHTS.put(2, 20);
    }

    private final URI base;
    private final List<QueryMix> mixesByFilterCount;
    private final WeightedChoice<Integer> filterCounts = new WeightedChoice<>(FILTER_COUNT_WEIGHTS);

    SearchCalls(URI base, ConceptScheme scheme, FacetValues facets) {
        this.base = base;
        this.mixesByFilterCount = List.of(new QueryMix(scheme, facets, 0), new QueryMix(scheme, facets, 1),
                new QueryMix(scheme, facets, 2));
    }

    URI next(Random random) {
        SearchQuery query = mixesByFilterCount.get(filterCounts.pick(random)).next(random);
        if (random.nextInt(100) < NO_WORDS_PERCENT) {
            query = new SearchQuery("", query.language(), query.filters());
        }
        URI uri = query.uri(base);
        if (random.nextInt(100) < LATER_PAGE_PERCENT) {
            return URI.create(uri + "&page=" + (2 + random.nextInt(2)));
        }
        return uri;
    }

    /** The vocabulary words of one language, also the source of the typed beginnings. */
    List<String> words(String language) {
        return mixesByFilterCount.get(0).words(language);
    }
}
