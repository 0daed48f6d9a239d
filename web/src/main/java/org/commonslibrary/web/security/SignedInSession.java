package org.commonslibrary.web.security;

import java.time.Instant;

/** One signed-in browser: its cookie token, its CSRF token, whose it is, and when it was used. */
public record SignedInSession(String token, String csrfToken, String username, Instant started, Instant lastSeen) {

    SignedInSession seenAt(Instant now) {
        return new SignedInSession(token, csrfToken, username, started, now);
    }
}
