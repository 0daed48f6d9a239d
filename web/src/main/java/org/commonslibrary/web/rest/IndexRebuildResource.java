package org.commonslibrary.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.commonslibrary.web.search.IndexRebuilds;
import org.commonslibrary.web.search.RebuildInProgressException;
import org.commonslibrary.web.search.RebuildStatus;

/**
 * {@code /api/admin/index-rebuild}: admins rebuild the search indexes from the database while searches go
 * on ({@code POST}), and follow the running or last rebuild ({@code GET}).
 */
@Path("/admin/index-rebuild")
@RolesAllowed("admin")
public class IndexRebuildResource {

    @Inject
    IndexRebuilds rebuilds;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(@Context SecurityContext security) {
        try {
            RebuildStatus started = rebuilds.start(security.getUserPrincipal().getName());
            return Response.accepted(started).header("Cache-Control", "no-store").build();
        } catch (RebuildInProgressException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /** The running or last rebuild; {@code state: none} when none has run since the server started. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response latest() {
        RebuildStatus status = rebuilds.latest().orElseGet(
                () -> new RebuildStatus(null, "none", null, null, null, null, 0, 0, null, null));
        return Response.ok(status).header("Cache-Control", "no-store").build();
    }
}
