package org.commonslibrary.search.api;

/** An id (what filters take) with its label in the requested language. */
public record LabelledValue(String id, String label) {
}
