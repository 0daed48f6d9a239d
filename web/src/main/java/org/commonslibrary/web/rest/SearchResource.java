package org.commonslibrary.web.rest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.SearchRequest;
import org.commonslibrary.search.api.SearchResults;
import org.commonslibrary.search.application.DocumentSearch;
import org.commonslibrary.web.search.QueryConcepts;
import org.commonslibrary.web.search.QueryLanguage;
import org.commonslibrary.web.search.QuerySyntax;

/**
 * {@code GET /api/search?q=...&page=...&kind=...&language=...}: documents matching the words, with
 * highlighted passages, page numbers and facet counts. Each facet is a repeatable query parameter.
 */
@Path("/search")
public class SearchResource {

    static final int PAGE_SIZE = 10;
    static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_PAGE = 1000;
    private static final Set<String> RESERVED = Set.of("q", "page", "lang");
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Inject
    DocumentSearch search;

    @Inject
    QueryConcepts queryConcepts;

    @Inject
    QueryLanguage queryLanguages;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public SearchResults search(@QueryParam("q") String query,
            @QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("lang") @DefaultValue("en") String language) {
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("The query is longer than " + MAX_QUERY_LENGTH + " characters.");
        }
        if (!LANGUAGES.contains(language)) {
            throw new InvalidRequestException("lang must be one of en, fr, es.");
        }
        QuerySyntax.problem(query).ifPresent(problem -> {
            throw new InvalidRequestException("The query cannot be read: " + problem);
        });
        String queryLanguage = queryLanguages.of(query, language);
        return search.search(entityManager, new SearchRequest(query, pageNumber(page), PAGE_SIZE,
                filters(uri.getQueryParameters()), language, queryConcepts.conceptsNamedIn(query, queryLanguage),
                queryLanguage));
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
        throw new InvalidRequestException("page must be a whole number from 1 to " + MAX_PAGE + ".");
    }

    private static Map<Facet, List<String>> filters(MultivaluedMap<String, String> parameters) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (var entry : parameters.entrySet()) {
            if (RESERVED.contains(entry.getKey())) {
                continue;
            }
            Facet facet = Facet.fromApiName(entry.getKey()).orElseThrow(() -> new InvalidRequestException(
                    "Unknown parameter '" + entry.getKey() + "'. Facets are: " + facetNames() + "."));
            List<String> values = new ArrayList<>();
            for (String value : entry.getValue()) {
                if (value.isBlank() || value.length() > 100) {
                    throw new InvalidRequestException("A value of '" + entry.getKey() + "' is empty or too long.");
                }
                values.add(value);
            }
            filters.put(facet, values);
        }
        return filters;
    }

    private static String facetNames() {
        return String.join(", ", java.util.Arrays.stream(Facet.values()).map(Facet::apiName).toList());
    }
}
