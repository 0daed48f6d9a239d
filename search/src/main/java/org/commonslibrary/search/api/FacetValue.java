package org.commonslibrary.search.api;

/** One value of a facet: its id (what a filter takes), its label in the requested language, and its count. */
public record FacetValue(String value, String label, long count, boolean selected) {
}
