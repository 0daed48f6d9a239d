package org.commonslibrary.web.rest;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.commonslibrary.model.account.Account;
import org.commonslibrary.web.audit.AuditAction;
import org.commonslibrary.web.audit.AuditLog;
import org.commonslibrary.web.security.CredentialVerifier;
import org.commonslibrary.web.security.LoginThrottle;
import org.commonslibrary.web.security.SessionCookie;
import org.commonslibrary.web.security.SignedInSession;
import org.commonslibrary.web.security.SignedInSessions;

/**
 * The login page's session: {@code POST} signs in (a new session and cookie every time), {@code GET} says
 * who is signed in and hands the page its CSRF token, {@code DELETE} signs out.
 */
@Path("/session")
public class SessionResource {

    @Inject
    CredentialVerifier verifier;

    @Inject
    SignedInSessions sessions;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response signIn(SignIn request, @Context HttpHeaders headers, @Context SecurityContext security) {
        if (request == null || request.username() == null || request.password() == null
                || request.username().isBlank() || request.username().length() > 100
                || request.password().length() > 1000) {
            throw new InvalidRequestException("Send a username and a password.");
        }
        String address = servletRequest.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(request.username(), address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS,
                    "Too many wrong passwords; try again in " + (seconds + 59) / 60 + " minutes."))
                    .header(HttpHeaders.RETRY_AFTER, seconds).build();
        }
        char[] password = request.password().toCharArray();
        Optional<Account> account;
        try {
            account = verifier.verify(request.username(), password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        if (account.isEmpty()) {
            throttle.failed(request.username(), address);
            audit.record(request.username().strip(), AuditAction.SIGN_IN_REFUSED, "address " + address, "wrong password");
            return Problem.response(Response.Status.UNAUTHORIZED, "The user name or password is wrong.");
        }
        throttle.succeeded(request.username(), address);
        audit.record(account.get().getUsername(), AuditAction.SIGNED_IN, "address " + address, null);
        sessions.close(SessionCookie.tokenOf(headers.getCookies()));
        SignedInSession session = sessions.open(account.get().getUsername());
        return Response.ok(SessionView.signedIn(account.get().getUsername(), account.get().getRole().roleName(),
                session.csrfToken()))
                .cookie(SessionCookie.carrying(session.token(), security.isSecure())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response current(@Context HttpHeaders headers, @Context SecurityContext security) {
        Response.ResponseBuilder answer;
        if (security.getUserPrincipal() == null) {
            answer = Response.ok(SessionView.anonymous());
        } else {
            String role = security.isUserInRole("admin") ? "admin" : "editor";
            String csrf = SecurityContext.FORM_AUTH.equals(security.getAuthenticationScheme())
                    ? sessions.find(SessionCookie.tokenOf(headers.getCookies())).map(SignedInSession::csrfToken).orElse(null) : null;
            answer = Response.ok(SessionView.signedIn(security.getUserPrincipal().getName(), role, csrf));
        }
        // Who is signed in must never come from a cache.
        return answer.header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    public Response signOut(@Context HttpHeaders headers, @Context SecurityContext security) {
        sessions.close(SessionCookie.tokenOf(headers.getCookies()));
        return Response.noContent().cookie(SessionCookie.cleared(security.isSecure())).build();
    }


    /** What the login form sends. */
    public record SignIn(String username, String password) {
    }

    /** Who is signed in; the CSRF token only for a cookie session, which is the only kind that needs it. */
    public record SessionView(boolean signedIn, String username, String role, String csrfToken) {

        static SessionView signedIn(String username, String role, String csrfToken) {
            return new SessionView(true, username, role, csrfToken);
        }

        static SessionView anonymous() {
            return new SessionView(false, null, null, null);
        }
    }
}
