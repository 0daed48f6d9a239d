package org.commonslibrary.web.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.commonslibrary.web.rest.Problem;

/** The two ways a request is turned away: not signed in (401) and signed in without the right (403). */
final class AccessDenied {

    private AccessDenied() {
    }

    static Response unauthenticated(String detail) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE,
                        "Basic realm=\"" + AuthenticationFilter.REALM + "\", charset=\"UTF-8\"")
                .build();
    }

    static Response forbidden(String detail) {
        return Problem.response(Response.Status.FORBIDDEN, detail);
    }
}
