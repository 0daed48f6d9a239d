package org.commonslibrary.search.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.commonslibrary.model.cases.CaseExample;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.document.Passage;
import org.commonslibrary.model.search.SearchResultFields;
import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.FacetCounts;
import org.commonslibrary.search.api.FacetValue;
import org.commonslibrary.search.api.PassageHit;
import org.commonslibrary.search.api.ResultSetTooLargeException;
import org.commonslibrary.search.api.SearchHit;
import org.commonslibrary.search.api.SearchRequest;
import org.commonslibrary.search.api.SearchResults;
import org.commonslibrary.search.api.SortOrder;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Answers a faceted full-text query over documents and case examples together: one page of results, each
 * with the passages that cite it, and counts for every facet. Each facet's counts leave out that facet's own
 * selection, so picking one value still shows how many results the other values would give.
 */
public class LibrarySearch {

    /** Both kinds of result share one query, so they are ranked, counted and paged together. */
    static final List<Class<?>> SCOPE = List.of(LibraryDocument.class, CaseExample.class);

    private static final int MAX_FACET_VALUES = 50;
    private static final int MAX_YEARS = 400;

    private final PassageHighlighter highlighter = new PassageHighlighter();

    public SearchResults search(EntityManager entityManager, SearchRequest request) {
        return search(entityManager, request, true);
    }

    /**
     * Every hit of a result set, in order, walked a page at a time with a cursor (so no page is skipped or
     * repeated), without facet counts.
     *
     * @throws ResultSetTooLargeException when there are more than {@code max} hits; nothing is returned then
     */
    public List<SearchHit> allHits(EntityManager entityManager, SearchRequest request, int max) {
        SearchRequest page = request.fromTheStart(SearchRequest.MAX_PAGE_SIZE);
        SearchResults results = search(entityManager, page, false);
        if (results.total() > max) {
            throw new ResultSetTooLargeException(results.total(), max);
        }
        List<SearchHit> hits = new ArrayList<>(results.hits());
        while (results.nextCursor() != null) {
            results = search(entityManager, page.withCursor(results.nextCursor()), false);
            hits.addAll(results.hits());
        }
        return hits;
    }

    private SearchResults search(EntityManager entityManager, SearchRequest request, boolean withFacets) {
        SearchSession session = Search.session(entityManager);
        DocumentQueryPredicates predicates = new DocumentQueryPredicates(request);
        TookTotal took = new TookTotal();
        JsonArray after = request.cursor() == null ? null : SearchCursor.decode(request.cursor(), request.sort());

        Map<Facet, AggregationKey<? extends Map<?, Long>>> keys = new EnumMap<>(Facet.class);
        var query = session.search(SCOPE)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(f.entity(), f.jsonHit()).asList())
                .where(f -> predicates.matching(f, null))
                .sort(f -> order(f, request.sort()));
        // Facets without a selection are counted on the main query itself; the others need their own count.
        for (Facet facet : withFacets ? Facet.values() : new Facet[0]) {
            if (!request.narrows(facet)) {
                if (facet.numeric()) {
                    AggregationKey<Map<Integer, Long>> key = AggregationKey.of(facet.apiName());
                    keys.put(facet, key);
                    query = query.aggregation(key, f -> yearCounts(f));
                } else {
                    AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.apiName());
                    keys.put(facet, key);
                    query = query.aggregation(key, f -> valueCounts(f, facet));
                }
            }
        }
        if (after != null) {
            query = query.requestTransformer(context -> context.body().add("search_after", after.deepCopy()));
        }
        // A cursor page asks for one hit more than it shows, to know whether another page follows.
        int offset = after == null ? (request.page() - 1) * request.pageSize() : 0;
        int limit = after == null ? request.pageSize() : request.pageSize() + 1;
        SearchResult<List<?>> result = took.add(query.fetch(offset, limit));

        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : withFacets ? Facet.values() : new Facet[0]) {
            counts.put(facet, request.narrows(facet)
                    ? countWithout(session, predicates, facet, took)
                    : asStrings(result.aggregation(keys.get(facet))));
        }

        List<List<?>> shown = new ArrayList<>(result.hits().subList(0, Math.min(request.pageSize(),
                result.hits().size())));
        boolean more = after == null
                ? offset + shown.size() < result.total().hitCount()
                : result.hits().size() > request.pageSize();
        String nextCursor = more && !shown.isEmpty()
                ? SearchCursor.encode(request.sort(), sortValues(shown.get(shown.size() - 1)))
                : null;
        return new SearchResults(result.total().hitCount(), request.page(), request.pageSize(),
                hits(session, request, shown, took), withFacets ? facetCounts(request, counts) : List.of(), took.millis(),
                nextCursor);
    }

    private static SortFinalStep order(SearchSortFactory f, SortOrder sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field(SearchResultFields.KEY);
            case NEWEST -> f.field("publicationDate").desc().missing().last().then().field(SearchResultFields.KEY);
            case OLDEST -> f.field("publicationDate").asc().missing().last().then().field(SearchResultFields.KEY);
            case ADDED -> f.field(SearchResultFields.ADDED).desc().then().field(SearchResultFields.KEY);
        };
    }

    private static AggregationFinalStep<Map<String, Long>> valueCounts(SearchAggregationFactory f, Facet facet) {
        return f.terms().field(facet.indexField(), String.class).maxTermCount(MAX_FACET_VALUES);
    }

    /** Every year, oldest first: the histogram of the result set over time. */
    private static AggregationFinalStep<Map<Integer, Long>> yearCounts(SearchAggregationFactory f) {
        return f.terms().field(Facet.YEAR.indexField(), Integer.class).orderByTermAscending()
                .maxTermCount(MAX_YEARS);
    }

    private Map<String, Long> countWithout(SearchSession session, DocumentQueryPredicates predicates, Facet facet,
            TookTotal took) {
        var query = session.search(SCOPE).where(f -> predicates.matching(f, facet));
        if (facet.numeric()) {
            AggregationKey<Map<Integer, Long>> key = AggregationKey.of(facet.apiName());
            return asStrings(took.add(query.aggregation(key, f -> yearCounts(f)).fetch(0)).aggregation(key));
        }
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.apiName());
        return took.add(query.aggregation(key, f -> valueCounts(f, facet)).fetch(0)).aggregation(key);
    }

    private static Map<String, Long> asStrings(Map<?, Long> counts) {
        Map<String, Long> byValue = new LinkedHashMap<>();
        counts.forEach((value, count) -> byValue.put(String.valueOf(value), count));
        return byValue;
    }

    private static JsonArray sortValues(List<?> hit) {
        JsonObject json = (JsonObject) hit.get(1);
        return json.getAsJsonArray("sort");
    }

    private List<SearchHit> hits(SearchSession session, SearchRequest request, List<List<?>> shown,
            TookTotal took) {
        List<Long> documentIds = new ArrayList<>();
        List<Long> casePassageIds = new ArrayList<>();
        for (List<?> hit : shown) {
            Object entity = hit.get(0);
            if (entity instanceof LibraryDocument document) {
                documentIds.add(document.getId());
            } else if (entity instanceof CaseExample example) {
                example.getSourcePassages().forEach(p -> casePassageIds.add(p.getId()));
            }
        }
        var documentQuotes = highlighter.forDocuments(session, request, documentIds, took);
        var caseQuotes = highlighter.forPassages(session, request, casePassageIds, took);
        CaseSummaries summaries = new CaseSummaries(new FacetLabels(request.labelLanguage()));

        List<SearchHit> hits = new ArrayList<>();
        for (List<?> hit : shown) {
            Object entity = hit.get(0);
            if (entity instanceof LibraryDocument document) {
                List<PassageHit> passages = documentQuotes.getOrDefault(document.getId(), List.of()).stream()
                        .map(q -> new PassageHit(q.page(), q.highlight(), OriginalLinks.atPage(document, q.page())))
                        .toList();
                hits.add(new SearchHit(SearchResultFields.TYPE_DOCUMENT, document.getId(), document.getId(),
                        document.getTitle(), document.getKind(), document.getLanguage(),
                        document.getPublicationDate(), document.getPublisher(), document.getAuthors(), passages,
                        null, document.getAddedAt()));
            } else if (entity instanceof CaseExample example) {
                LibraryDocument document = example.getDocument();
                List<PassageHit> passages = new ArrayList<>();
                for (Passage source : example.getSourcePassages()) {
                    var quote = caseQuotes.get(source.getId());
                    if (quote != null) {
                        passages.add(new PassageHit(quote.page(), quote.highlight(),
                                OriginalLinks.atPage(document, quote.page())));
                    }
                }
                hits.add(new SearchHit(SearchResultFields.TYPE_CASE, example.getId(), document.getId(),
                        example.getTitle(), document.getKind(), document.getLanguage(),
                        document.getPublicationDate(), document.getPublisher(), document.getAuthors(), passages,
                        summaries.of(example), example.getCreatedAt()));
            }
        }
        return hits;
    }

    private List<FacetCounts> facetCounts(SearchRequest request, Map<Facet, Map<String, Long>> counts) {
        FacetLabels labels = new FacetLabels(request.labelLanguage());
        List<FacetCounts> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> byValue = new LinkedHashMap<>(counts.get(facet));
            // A selected value stays visible (and can be unselected) even when nothing matches it any more.
            for (String selected : request.selected(facet)) {
                byValue.putIfAbsent(selected, 0L);
            }
            var values = byValue.entrySet().stream()
                    .map(e -> new FacetValue(e.getKey(), labels.label(facet, e.getKey()), e.getValue(),
                            request.selected(facet).contains(e.getKey()),
                            FacetHierarchy.broader(facet, e.getKey())));
            if (facet.numeric()) {
                values = values.sorted(Comparator.comparingInt(v -> Integer.parseInt(v.value())));
            }
            facets.add(new FacetCounts(facet.apiName(), values.toList()));
        }
        return facets;
    }
}
