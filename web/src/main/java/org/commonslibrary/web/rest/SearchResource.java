package org.commonslibrary.web.rest;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.commonslibrary.search.api.InvalidCursorException;
import org.commonslibrary.search.api.SearchResults;
import org.commonslibrary.search.application.LibrarySearch;

/**
 * {@code GET /api/search?q=...&type=...&kind=...&sort=...&cursor=...}: documents and case examples matching
 * the words, with highlighted passages, page numbers and facet counts. Each facet is a repeatable query
 * parameter; {@code yearFrom}/{@code yearTo} narrow the publication years; {@code page} pages by offset up to
 * page {@value SearchParameters#MAX_PAGE}, and {@code cursor} (the previous answer's {@code nextCursor})
 * pages to any depth.
 */
@Path("/search")
public class SearchResource {

    static final int PAGE_SIZE = 10;

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Inject
    LibrarySearch search;

    @Inject
    SearchParameters searchParameters;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public SearchResults search() {
        var request = searchParameters.read(uri.getQueryParameters(), Set.of(), PAGE_SIZE, security);
        try {
            return search.search(entityManager, request);
        } catch (InvalidCursorException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }
}
