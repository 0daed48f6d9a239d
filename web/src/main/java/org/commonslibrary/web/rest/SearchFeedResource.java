package org.commonslibrary.web.rest;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.commonslibrary.search.api.SearchRequest;
import org.commonslibrary.search.api.SearchResults;
import org.commonslibrary.search.api.SortOrder;
import org.commonslibrary.search.application.LibrarySearch;
import org.commonslibrary.web.feed.AtomFeed;
import org.commonslibrary.web.feed.SearchFeed;

/**
 * {@code GET /api/search/feed} with the parameters of {@code /api/search}: an Atom feed of the
 * {@value #ENTRIES} matches most recently added to the library, so a reader can follow a saved search. Feed
 * readers do not sign in, so the feed shows what an anonymous reader finds, whoever asks.
 */
@Path("/search/feed")
public class SearchFeedResource {

    static final int ENTRIES = 50;

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Inject
    LibrarySearch search;

    @Inject
    SearchParameters searchParameters;

    @Context
    UriInfo uri;

    @GET
    @Produces(AtomFeed.MEDIA_TYPE)
    @Transactional
    public Response feed() {
        var parameters = uri.getQueryParameters();
        if (parameters.containsKey("cursor") || parameters.containsKey("page")) {
            throw new InvalidRequestException("A feed holds the newest matches; leave out page and cursor.");
        }
        SearchRequest asked = searchParameters.read(parameters, Set.of(), ENTRIES, null);
        SearchRequest newest = new SearchRequest(asked.query(), 1, ENTRIES, asked.filters(), asked.labelLanguage(),
                asked.queryConcepts(), asked.years(), SortOrder.ADDED, null, false, asked.queryLanguage());
        SearchResults results = search.search(entityManager, newest);

        // The search page shows the same search; the order is the feed's own, so sort is not passed on.
        Map<String, List<String>> pageParams = new LinkedHashMap<>(parameters);
        pageParams.remove("sort");
        URI site = uri.getBaseUri().resolve("/");
        AtomFeed feed = new SearchFeed(site, asked.labelLanguage())
                .of(results, asked.query(), asked.years(), uri.getRequestUri(), pageParams);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            feed.write(body);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
        return Response.ok(body.toByteArray(), AtomFeed.MEDIA_TYPE + ";charset=UTF-8").build();
    }
}
