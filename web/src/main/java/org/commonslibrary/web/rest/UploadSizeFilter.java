package org.commonslibrary.web.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.commonslibrary.web.config.LibrarySettings;

/**
 * Refuses an upload whose declared length is already over the limit, before a byte of its body is read:
 * otherwise the multipart parser would spool the whole body to disk first. Uploads without a declared
 * length are still cut off at the limit while they are stored.
 */
@Provider
@UploadSizeLimit
@Priority(Priorities.USER)
public class UploadSizeFilter implements ContainerRequestFilter {

    /** Room for the multipart framing and the headers of several parts around the files themselves. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    @Inject
    LibrarySettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        long declared = request.getLength();
        long limit = settings.maxUploadBytes();
        if (declared > limit + MULTIPART_OVERHEAD) {
            request.abortWith(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The upload is larger than the limit of " + (limit / (1024 * 1024)) + " MB."));
        }
    }
}
