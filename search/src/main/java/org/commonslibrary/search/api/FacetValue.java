package org.commonslibrary.search.api;

/**
 * One value of a facet: its id (what a filter takes), its label in the requested language, its count, and,
 * for the vocabulary's facets, the broader value it sits under (null at the top), so the practice facet can
 * be shown as the tree it is.
 */
public record FacetValue(String value, String label, long count, boolean selected, String broader) {
}
