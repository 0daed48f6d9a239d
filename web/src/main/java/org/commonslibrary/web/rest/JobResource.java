package org.commonslibrary.web.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commonslibrary.ingest.application.IngestJobs;

/** {@code GET /api/jobs/{id}}: how an upload is getting on. */
@Path("/jobs")
public class JobResource {

    @Inject
    IngestJobs jobs;

    static final int MAX_LISTED = 200;

    /** The newest jobs with their states and reasons, for the upload page. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    public List<JobView> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_LISTED) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_LISTED + ".");
        }
        return jobs.recent(limit).stream().map(JobView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JobView job(@PathParam("id") String id) {
        return jobs.find(id).map(JobView::of).orElseThrow(
                () -> new InvalidRequestException(Response.Status.NOT_FOUND, "There is no ingest job " + id + "."));
    }
}
