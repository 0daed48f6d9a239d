package org.commonslibrary.search.api;

/**
 * One suggestion for the letters typed so far, and what choosing it does: select a facet value
 * ({@code facet} and {@code value}, as {@code /api/search} takes them), search for a text ({@code query}), or
 * open a document ({@code documentId}). Exactly one of the three is set.
 *
 * @param type       {@code concept}, {@code country}, {@code city} or {@code title}
 * @param label      what to show, in the requested language where a label in it exists
 * @param detail     what kind of thing it is or where it lies ("Practice", "France"), or null
 * @param matched    the label or synonym the letters matched, when it differs from {@code label}, or null
 */
public record Suggestion(String type, String label, String detail, String matched, String facet, String value,
        String query, Long documentId) {

    public static Suggestion filter(String type, String label, String detail, String matched, String facet,
            String value) {
        return new Suggestion(type, label, detail, matched, facet, value, null, null);
    }

    public static Suggestion query(String type, String label, String detail, String matched, String query) {
        return new Suggestion(type, label, detail, matched, null, null, query, null);
    }

    public static Suggestion document(String label, long documentId) {
        return new Suggestion("title", label, null, null, null, null, null, documentId);
    }
}
