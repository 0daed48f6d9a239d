package org.commonslibrary.web.security;

import java.net.URI;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses state-changing requests that another site's page could have made in a signed-in browser's name.
 * Two checks: every change sent from another site (as the browser reports it in {@code Sec-Fetch-Site} or
 * {@code Origin}) is refused, whoever sends it; and a change made with the session cookie must carry that
 * session's CSRF token in the {@code X-CSRF-Token} header, which only our own pages can read.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class CsrfFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        if (fromAnotherSite(request)) {
            request.abortWith(AccessDenied.forbidden("Changes may only come from the library's own pages."));
            return;
        }
        if (signingIn(request)) {
            // Signing in replaces whatever session the browser had; the origin check above already ran.
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security != null && SecurityContext.FORM_AUTH.equals(security.getAuthenticationScheme())) {
            SignedInSession session = (SignedInSession) request.getProperty(AuthenticationFilter.SESSION_PROPERTY);
            if (session == null || !SignedInSessions.sameToken(session.csrfToken(), request.getHeaderString(HEADER))) {
                request.abortWith(AccessDenied.forbidden(
                        "The request lacks this session's CSRF token; reload the page and try again."));
            }
        }
    }

    private static boolean signingIn(ContainerRequestContext request) {
        return "POST".equals(request.getMethod()) && "session".equals(request.getUriInfo().getPath().replace("/", ""));
    }

    private static boolean fromAnotherSite(ContainerRequestContext request) {
        String site = request.getHeaderString("Sec-Fetch-Site");
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            return true;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        if ("null".equals(origin)) {
            // Sandboxed frames and some redirects send an opaque origin: nothing of ours does.
            return true;
        }
        String host = request.getHeaderString(HttpHeaders.HOST);
        try {
            String authority = URI.create(origin.strip()).getRawAuthority();
            return authority == null || host == null || !authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
