package org.commonslibrary.search.api;

import java.util.List;

/** One page of documents matching a query, with the facet counts of the whole result set. */
public record SearchResults(long total, int page, int pageSize, List<DocumentHit> hits, List<FacetCounts> facets,
        long tookMillis) {
}
