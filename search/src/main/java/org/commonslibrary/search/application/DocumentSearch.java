package org.commonslibrary.search.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.search.api.DocumentHit;
import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.FacetCounts;
import org.commonslibrary.search.api.FacetValue;
import org.commonslibrary.search.api.PassageHit;
import org.commonslibrary.search.api.SearchRequest;
import org.commonslibrary.search.api.SearchResults;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Answers a faceted full-text query over documents: one page of hits, each with its best passages, and
 * counts for every facet. Each facet's counts leave out that facet's own selection, so picking one value
 * still shows how many results the other values would give.
 */
public class DocumentSearch {

    private static final int MAX_FACET_VALUES = 50;

    private final PassageHighlighter highlighter = new PassageHighlighter();

    public SearchResults search(EntityManager entityManager, SearchRequest request) {
        SearchSession session = Search.session(entityManager);
        DocumentQueryPredicates predicates = new DocumentQueryPredicates(request);

        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.apiName()));
        }

        var query = session.search(LibraryDocument.class)
                .select(f -> f.composite().from(
                        f.id(Long.class),
                        f.field("title", String.class),
                        f.field("kind", String.class),
                        f.field("language", String.class),
                        f.field("publicationDate", LocalDate.class)).asList())
                .where(f -> predicates.matching(f, null))
                .sort(f -> f.score().then().field("id"));
        // Facets without a selection are counted on the main query itself; the others need their own count.
        for (Facet facet : Facet.values()) {
            if (request.selected(facet).isEmpty()) {
                query = query.aggregation(keys.get(facet),
                        f -> f.terms().field(facet.documentField(), String.class).maxTermCount(MAX_FACET_VALUES));
            }
        }
        SearchResult<List<?>> result = query.fetch((request.page() - 1) * request.pageSize(), request.pageSize());

        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (request.selected(facet).isEmpty()) {
                counts.put(facet, result.aggregation(keys.get(facet)));
            } else {
                counts.put(facet, countWithout(session, predicates, facet, keys.get(facet)));
            }
        }

        List<Long> ids = result.hits().stream().map(hit -> (Long) hit.get(0)).toList();
        Map<Long, List<PassageHit>> passages = highlighter.bestPassages(session, request, ids);
        List<DocumentHit> hits = new ArrayList<>();
        for (List<?> hit : result.hits()) {
            Long id = (Long) hit.get(0);
            hits.add(new DocumentHit(id, (String) hit.get(1), (String) hit.get(2), (String) hit.get(3),
                    (LocalDate) hit.get(4), passages.getOrDefault(id, List.of())));
        }
        return new SearchResults(result.total().hitCount(), request.page(), request.pageSize(), hits,
                facetCounts(request, counts), result.took().toMillis());
    }

    private Map<String, Long> countWithout(SearchSession session, DocumentQueryPredicates predicates, Facet facet,
            AggregationKey<Map<String, Long>> key) {
        return session.search(LibraryDocument.class)
                .where(f -> predicates.matching(f, facet))
                .aggregation(key, f -> f.terms().field(facet.documentField(), String.class)
                        .maxTermCount(MAX_FACET_VALUES))
                .fetch(0)
                .aggregation(key);
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
            List<FacetValue> values = byValue.entrySet().stream()
                    .map(e -> new FacetValue(e.getKey(), labels.label(facet, e.getKey()), e.getValue(),
                            request.selected(facet).contains(e.getKey())))
                    .toList();
            facets.add(new FacetCounts(facet.apiName(), values));
        }
        return facets;
    }
}
