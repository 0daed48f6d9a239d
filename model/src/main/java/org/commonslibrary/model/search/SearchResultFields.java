package org.commonslibrary.model.search;

/**
 * Index fields that documents and case examples both carry, under the same names and types, so that one query
 * can search, count and sort them together.
 */
public final class SearchResultFields {

    public static final String TYPE = "type";
    public static final String KEY = "resultKey";
    public static final String YEAR = "year";
    /** When the entry came into the library: a document's upload, a case's proposal. */
    public static final String ADDED = "addedAt";

    public static final String TYPE_DOCUMENT = "document";
    public static final String TYPE_CASE = "case";

    private SearchResultFields() {
    }

    /** A key that no other entry of either index has: the type, then the id padded so keys sort by id. */
    public static String key(String type, Long id) {
        return type + ":" + String.format("%019d", id == null ? 0L : id);
    }
}
