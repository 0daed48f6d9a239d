package org.commonslibrary.web.security;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import org.commonslibrary.model.account.Account;

/**
 * Establishes who is calling: from HTTP Basic credentials (scripts and the command line) or from the
 * login page's session cookie. A request without either stays anonymous (reading needs none); wrong
 * Basic credentials are refused at once rather than silently treated as anonymous, so a client with a
 * typo learns about it. An unknown or expired session cookie is simply anonymous: the page then offers
 * to sign in again.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    static final String REALM = "Commons Knowledge Library";

    /** The request property holding the session a request was signed in with, for the CSRF check. */
    static final String SESSION_PROPERTY = "org.commonslibrary.session";

    @Inject
    CredentialVerifier verifier;

    @Inject
    SignedInSessions sessions;

    @Inject
    AccountStore accounts;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            signInFromSession(request);
            return;
        }
        Optional<Account> account = basicCredentials(header).flatMap(c -> {
            try {
                return verifier.verify(c.username(), c.password());
            } finally {
                Arrays.fill(c.password(), '\0');
            }
        });
        if (account.isEmpty()) {
            request.abortWith(AccessDenied.unauthenticated(request, "The user name or password is wrong."));
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new AccountSecurityContext(account.get(), secure, SecurityContext.BASIC_AUTH));
    }

    private void signInFromSession(ContainerRequestContext request) {
        String token = SessionCookie.tokenOf(request.getCookies());
        if (token == null) {
            return;
        }
        sessions.find(token).ifPresent(session -> accounts.find(session.username()).ifPresent(account -> {
            request.setProperty(SESSION_PROPERTY, session);
            boolean secure = request.getSecurityContext().isSecure();
            request.setSecurityContext(new AccountSecurityContext(account, secure, SecurityContext.FORM_AUTH));
        }));
    }

    private static Optional<Credentials> basicCredentials(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray()));
    }

    private record Credentials(String username, char[] password) {
    }

    /** The signed-in account as Jakarta REST sees it. */
    private record AccountSecurityContext(Account account, boolean secure, String scheme) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return account::getUsername;
        }

        @Override
        public boolean isUserInRole(String role) {
            // An admin may do everything an editor may.
            return account.getRole().roleName().equals(role)
                    || ("editor".equals(role) && "admin".equals(account.getRole().roleName()));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }
}
