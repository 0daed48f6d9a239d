package org.commonslibrary.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** The caller sent something we cannot accept; the message tells them what to change. */
public class InvalidRequestException extends WebApplicationException {

    public InvalidRequestException(String detail) {
        this(Response.Status.BAD_REQUEST, detail);
    }

    public InvalidRequestException(Response.Status status, String detail) {
        super(detail, Problem.response(status, detail));
    }
}
