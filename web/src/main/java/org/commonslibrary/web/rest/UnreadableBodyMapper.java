package org.commonslibrary.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON, or not JSON of the expected shape, is the caller's mistake (400), not
 * ours. Any other processing failure is still an unexpected one.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return Problem.response(Response.Status.BAD_REQUEST,
                        "The request body is not JSON of the expected shape; send a JSON object with the documented fields.");
            }
        }
        return unexpected.toResponse(exception);
    }
}
