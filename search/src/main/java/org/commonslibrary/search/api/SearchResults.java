package org.commonslibrary.search.api;

import java.util.List;

/**
 * One page of results, with the facet counts of the whole result set.
 *
 * @param tookMillis the time OpenSearch reports for all the requests this answer took, added up
 * @param nextCursor pass it back as {@code cursor} for the next page; null on the last page
 */
public record SearchResults(long total, int page, int pageSize, List<SearchHit> hits, List<FacetCounts> facets,
        long tookMillis, String nextCursor) {
}
