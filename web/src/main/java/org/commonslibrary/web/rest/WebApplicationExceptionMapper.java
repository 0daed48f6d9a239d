package org.commonslibrary.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns the framework's own HTTP errors (404, 405, 415 ...) into problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity() && Problem.MEDIA_TYPE.equals(String.valueOf(original.getMediaType()))) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the requested format.";
            case 415 -> "This address does not accept that content type.";
            default -> status.getReasonPhrase();
        };
        Response.ResponseBuilder problem = Response.fromResponse(
                Problem.response(status.getStatusCode(), status.getReasonPhrase(), detail));
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                values.forEach(v -> problem.header(name, v));
            }
        });
        return problem.build();
    }
}
