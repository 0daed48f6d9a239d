package org.commonslibrary.search.api;

import java.util.List;

/** The values of one facet in a result set, most frequent first. */
public record FacetCounts(String name, List<FacetValue> values) {
}
