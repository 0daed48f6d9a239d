package org.commonslibrary.search.api;

import java.util.List;
import java.util.Map;

/**
 * A full-text query with its facet filters, as the API received it and after validation.
 *
 * @param query      the words typed; blank means "everything"
 * @param page       1-based result page (ignored when a cursor is given)
 * @param pageSize   hits per page
 * @param filters    selected values per facet name; values of one facet combine with OR, facets with AND
 * @param labelLanguage language of the facet labels (en, fr or es)
 * @param queryConcepts concepts of the vocabulary that the query's words name, in whatever language: they
 *                      let a query find documents tagged with those concepts in another language
 * @param years      publication years to keep, besides any single years chosen in the year facet
 * @param sort       the order of the results
 * @param cursor     where the previous page ended, as the previous answer's {@code nextCursor} gave it; null
 *                   for offset paging by {@code page}
 * @param curator    whether the caller reviews cases: curators also find proposed cases, others only
 *                   confirmed ones
 * @param queryLanguage the language the query is written in (en, fr or es), whose analysis of the text
 *                      counts most; when unknown (null or another code), the interface language
 */
public record SearchRequest(String query, int page, int pageSize, Map<Facet, List<String>> filters,
        String labelLanguage, List<String> queryConcepts, YearRange years, SortOrder sort, String cursor,
        boolean curator, String queryLanguage) {

    public static final int MAX_PAGE_SIZE = 100;

    /** The languages the text is analysed in; the first is the fallback. */
    private static final List<String> QUERY_LANGUAGES = List.of("en", "fr", "es");

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
        filters = Map.copyOf(filters);
        queryConcepts = List.copyOf(queryConcepts);
        years = years == null ? YearRange.ANY : years;
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (!isAnalysed(queryLanguage)) {
            queryLanguage = isAnalysed(labelLanguage) ? labelLanguage : QUERY_LANGUAGES.get(0);
        }
    }

    /** A first page by relevance, for a reader who does not review cases. */
    public SearchRequest(String query, int page, int pageSize, Map<Facet, List<String>> filters,
            String labelLanguage, List<String> queryConcepts, String queryLanguage) {
        this(query, page, pageSize, filters, labelLanguage, queryConcepts, YearRange.ANY, SortOrder.RELEVANCE,
                null, false, queryLanguage);
    }

    /** The same, with the query taken to be in the interface language. */
    public SearchRequest(String query, int page, int pageSize, Map<Facet, List<String>> filters,
            String labelLanguage, List<String> queryConcepts) {
        this(query, page, pageSize, filters, labelLanguage, queryConcepts, null);
    }

    /** A request whose query names no concept of the vocabulary. */
    public SearchRequest(String query, int page, int pageSize, Map<Facet, List<String>> filters,
            String labelLanguage) {
        this(query, page, pageSize, filters, labelLanguage, List.of());
    }

    /** The same request, continuing after the given cursor. */
    public SearchRequest withCursor(String nextCursor) {
        return new SearchRequest(query, page, pageSize, filters, labelLanguage, queryConcepts, years, sort,
                nextCursor, curator, queryLanguage);
    }

    /** The same request, one page of {@code size} hits from the first, for walking a whole result set. */
    public SearchRequest fromTheStart(int size) {
        return new SearchRequest(query, 1, size, filters, labelLanguage, queryConcepts, years, sort, null, curator,
                queryLanguage);
    }

    private static boolean isAnalysed(String language) {
        return language != null && QUERY_LANGUAGES.contains(language);
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    public List<String> selected(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    /** Whether the facet narrows the results: values chosen, or for the year facet, a range. */
    public boolean narrows(Facet facet) {
        return !selected(facet).isEmpty() || (facet == Facet.YEAR && !years.isAny());
    }
}
