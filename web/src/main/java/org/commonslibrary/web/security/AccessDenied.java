package org.commonslibrary.web.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.commonslibrary.web.rest.Problem;

/** The two ways a request is turned away: not signed in (401) and signed in without the right (403). */
final class AccessDenied {

    private AccessDenied() {
    }

    /**
     * A 401. Scripts of our own pages (fetch sets {@code Sec-Fetch-Dest: empty}) get a challenge naming the
     * login page's scheme, because a Basic challenge would make the browser pop up its own password box.
     */
    static Response unauthenticated(ContainerRequestContext request, String detail) {
        boolean fromScript = "empty".equals(request.getHeaderString("Sec-Fetch-Dest"));
        String challenge = fromScript ? "Session realm=\"" + AuthenticationFilter.REALM + "\""
                : "Basic realm=\"" + AuthenticationFilter.REALM + "\", charset=\"UTF-8\"";
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    static Response forbidden(String detail) {
        return Problem.response(Response.Status.FORBIDDEN, detail);
    }
}
