package org.commonslibrary.web.rest;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.commonslibrary.search.api.InvalidCursorException;
import org.commonslibrary.search.api.ResultSetTooLargeException;
import org.commonslibrary.search.api.SearchHit;
import org.commonslibrary.search.application.LibrarySearch;
import org.commonslibrary.web.export.ExportFormat;

/**
 * {@code GET /api/search/export?format=csv|bibtex|ris|csljson} with the parameters of {@code /api/search}:
 * every hit of the result set (not one page), as citations naming document, pages and address.
 */
@Path("/search/export")
public class SearchExportResource {

    /** Beyond this a result set is not a bibliography any more; the caller is asked to narrow it. */
    static final int MAX_HITS = 10_000;

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
    @Transactional
    public Response export() {
        var parameters = uri.getQueryParameters();
        List<String> formats = parameters.getOrDefault("format", List.of());
        if (formats.size() != 1) {
            throw new InvalidRequestException("Give one format: " + ExportFormat.names() + ".");
        }
        ExportFormat format = ExportFormat.fromApiName(formats.get(0)).orElseThrow(() ->
                new InvalidRequestException("Unknown format '" + formats.get(0) + "'. Formats are: "
                        + ExportFormat.names() + "."));
        if (parameters.containsKey("cursor") || parameters.containsKey("page")) {
            throw new InvalidRequestException("An export holds the whole result set; leave out page and cursor.");
        }
        var request = searchParameters.read(parameters, Set.of("format"), SearchResource.PAGE_SIZE, security);
        List<SearchHit> hits;
        try {
            // Read inside the transaction; only the writing happens after the method returns.
            hits = search.allHits(entityManager, request, MAX_HITS);
        } catch (ResultSetTooLargeException | InvalidCursorException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        var base = uri.getBaseUri();
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            format.write(hits, base, writer);
            writer.flush();
        };
        return Response.ok(body)
                .type(format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
