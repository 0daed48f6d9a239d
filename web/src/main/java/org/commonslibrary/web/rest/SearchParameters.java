package org.commonslibrary.web.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.SecurityContext;

import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.SearchRequest;
import org.commonslibrary.search.api.SortOrder;
import org.commonslibrary.search.api.YearRange;
import org.commonslibrary.web.search.QueryConcepts;
import org.commonslibrary.web.search.QueryLanguage;
import org.commonslibrary.web.search.QuerySyntax;

/**
 * Reads the query parameters of a search ({@code /api/search} and its export take the same ones) into a
 * validated request, answering a clear 400 for anything it cannot use.
 */
@ApplicationScoped
public class SearchParameters {

    static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_PAGE = 1000;
    static final int MAX_VALUE_LENGTH = 100;
    static final int MAX_VALUES_PER_FACET = 50;
    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 2999;
    private static final Set<String> SEARCH_PARAMETERS = Set.of("q", "page", "lang", "sort", "cursor", "yearFrom",
            "yearTo");

    @Inject
    QueryConcepts concepts;

    @Inject
    QueryLanguage languages;

    /**
     * @param ownParameters parameters of the endpoint that are neither search parameters nor facets
     * @param security      who asks: curators also find proposed cases
     */
    SearchRequest read(MultivaluedMap<String, String> parameters, Set<String> ownParameters, int pageSize,
            SecurityContext security) {
        String query = single(parameters, "q", "");
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("The query is longer than " + MAX_QUERY_LENGTH + " characters.");
        }
        if (hasControlCharacters(query)) {
            throw new InvalidRequestException("The query contains control characters; type words only.");
        }
        String language = single(parameters, "lang", "en");
        if (!Labels.LANGUAGES.contains(language)) {
            throw new InvalidRequestException("lang must be one of en, fr, es.");
        }
        QuerySyntax.problem(query).ifPresent(problem -> {
            throw new InvalidRequestException("The query cannot be read: " + problem);
        });
        String queryLanguage = languages.of(query, language);
        SortOrder sort = SortOrder.fromApiName(single(parameters, "sort", "relevance"))
                .orElseThrow(() -> new InvalidRequestException("sort must be one of " + SortOrder.apiNames() + "."));
        String cursor = parameters.getFirst("cursor");
        if (cursor != null && (cursor.isBlank() || cursor.length() > 512)) {
            throw new InvalidRequestException("The cursor is not one this search gave out.");
        }
        YearRange years;
        try {
            years = new YearRange(year(parameters, "yearFrom"), year(parameters, "yearTo"));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("yearFrom comes after yearTo.");
        }
        boolean curator = security != null && security.isUserInRole("editor");
        return new SearchRequest(query, pageNumber(single(parameters, "page", "1")), pageSize,
                filters(parameters, union(SEARCH_PARAMETERS, ownParameters)), language,
                concepts.conceptsNamedIn(query, queryLanguage), years, sort, cursor, curator, queryLanguage);
    }

    /** Tabs and line breaks come with pasted text and are fine; other control characters never mean anything. */
    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    private static String single(MultivaluedMap<String, String> parameters, String name, String fallback) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        if (values.size() > 1) {
            throw new InvalidRequestException("'" + name + "' may be given only once.");
        }
        return values.get(0);
    }

    private static Integer year(MultivaluedMap<String, String> parameters, String name) {
        String value = single(parameters, name, null);
        return value == null || value.isBlank() ? null : parseYear(value, name);
    }

    private static int parseYear(String value, String name) {
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException("'" + name + "' must be a year from " + FIRST_YEAR + " to " + LAST_YEAR
                + ".");
    }

    private static int pageNumber(String page) {
        try {
            int number = Integer.parseInt(page);
            if (number >= 1 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range that is accepted
        }
        throw new InvalidRequestException("page must be a whole number from 1 to " + MAX_PAGE
                + "; to go further, follow nextCursor.");
    }

    private static Map<Facet, List<String>> filters(MultivaluedMap<String, String> parameters, Set<String> reserved) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (var entry : parameters.entrySet()) {
            if (reserved.contains(entry.getKey())) {
                continue;
            }
            Facet facet = Facet.fromApiName(entry.getKey()).orElseThrow(() -> new InvalidRequestException(
                    "Unknown parameter '" + entry.getKey() + "'. Facets are: " + facetNames() + "."));
            if (entry.getValue().size() > MAX_VALUES_PER_FACET) {
                throw new InvalidRequestException("'" + entry.getKey() + "' has more than " + MAX_VALUES_PER_FACET
                        + " values.");
            }
            List<String> values = new ArrayList<>();
            for (String value : entry.getValue()) {
                if (value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
                    throw new InvalidRequestException("A value of '" + entry.getKey() + "' is empty or too long.");
                }
                values.add(facet.numeric() ? String.valueOf(parseYear(value, entry.getKey())) : value);
            }
            filters.put(facet, values);
        }
        return filters;
    }

    private static String facetNames() {
        return String.join(", ", Arrays.stream(Facet.values()).map(Facet::apiName).toList());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
