package org.commonslibrary.web.rest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The last resort: logs what failed with an incident number and tells the caller only that number, so
 * no stack trace or internal detail ever leaves the server.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        var unavailable = UnavailableDependency.of(exception);
        if (unavailable.isPresent()) {
            LOG.log(Level.WARNING, "Answered 503: " + unavailable.get() + " unreachable: " + exception);
            return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, unavailable.get().detail()))
                    .header("Retry-After", 30).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "The library could not answer this request. Incident " + incident + " has been logged.");
    }
}
