package org.commonslibrary.web.rest;

import jakarta.inject.Inject;
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

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JobView job(@PathParam("id") String id) {
        return jobs.find(id).map(JobView::of).orElseThrow(
                () -> new InvalidRequestException(Response.Status.NOT_FOUND, "There is no ingest job " + id + "."));
    }
}
