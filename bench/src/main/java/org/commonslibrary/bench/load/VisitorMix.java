package org.commonslibrary.bench.load;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.commonslibrary.bench.search.FacetValues;
import org.commonslibrary.bench.search.QueryMix;
import org.commonslibrary.model.vocabulary.ConceptScheme;

/**
 * What the browsers of people using the library ask for, call after call: searches, the suggestions typed
 * into the search box (several per search, but not every search is typed), document pages with their
 * similar documents, and the static pages themselves.
 */
public final class VisitorMix {

    static final Map<RequestKind, Integer> WEIGHTS = new EnumMap<>(Map.of(
            RequestKind.SEARCH, 35,
            RequestKind.SUGGEST, 30,
            RequestKind.DOCUMENT, 15,
            RequestKind.SIMILAR, 10,
            RequestKind.PAGE, 10));
    static final List<String> STATIC_PAGES = List.of("", "document.html");

    private final URI base;
    private final List<Long> documentIds;
    private final SearchCalls searches;
    private final TypedBeginnings suggestions;
    private final WeightedChoice<RequestKind> kinds = new WeightedChoice<>(WEIGHTS);

    /** @param documentIds published documents of the library, at least one */
    public VisitorMix(URI base, ConceptScheme scheme, FacetValues facets, List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            throw new IllegalArgumentException("The library has no document to open; load some first.");
        }
        this.base = base;
        this.documentIds = List.copyOf(documentIds);
        this.searches = new SearchCalls(base, scheme, facets);
        this.suggestions = new TypedBeginnings(base, searches::words);
    }

    public LoadRequest next(Random random) {
        RequestKind kind = kinds.pick(random);
        URI uri = switch (kind) {
            case SEARCH -> searches.next(random);
            case SUGGEST -> suggestions.next(random);
            case DOCUMENT -> base.resolve("api/documents/" + anyDocument(random) + "?lang=" + anyLanguage(random));
            case SIMILAR -> base.resolve("api/documents/" + anyDocument(random) + "/similar?lang=" + anyLanguage(random));
            case PAGE -> base.resolve(STATIC_PAGES.get(random.nextInt(STATIC_PAGES.size())));
        };
        return new LoadRequest(kind, uri);
    }

    private long anyDocument(Random random) {
        return documentIds.get(random.nextInt(documentIds.size()));
    }

    private static String anyLanguage(Random random) {
        return QueryMix.LANGUAGES.get(random.nextInt(QueryMix.LANGUAGES.size()));
    }
}
