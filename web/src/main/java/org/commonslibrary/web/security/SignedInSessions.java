package org.commonslibrary.web.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The sessions of people signed in through the login page. A session is a random token in an HttpOnly
 * cookie plus a second random token the page must echo in a header on every change (CSRF). Sessions end
 * after 30 minutes without use or 8 hours after sign-in, whichever comes first. They live in memory: a
 * restart signs everyone out, which is the safe failure.
 */
@ApplicationScoped
public class SignedInSessions {

    static final Duration IDLE_LIMIT = Duration.ofMinutes(30);
    static final Duration ABSOLUTE_LIMIT = Duration.ofHours(8);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SignedInSession> byToken = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignedInSessions() {
        this(Clock.systemUTC());
    }

    SignedInSessions(Clock clock) {
        this.clock = clock;
    }

    /** Opens a fresh session: a new token every time, so a token planted before sign-in is worthless. */
    public SignedInSession open(String username) {
        Instant now = clock.instant();
        SignedInSession session = new SignedInSession(newToken(), newToken(), username, now, now);
        byToken.put(session.token(), session);
        dropExpired(now);
        return session;
    }

    /** The live session of a token, its idle clock restarted; empty when unknown or expired. */
    public Optional<SignedInSession> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        SignedInSession session = byToken.get(token);
        if (session == null) {
            return Optional.empty();
        }
        if (expired(session, now)) {
            byToken.remove(token);
            return Optional.empty();
        }
        SignedInSession touched = session.seenAt(now);
        byToken.replace(token, session, touched);
        return Optional.of(touched);
    }

    public void close(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    /** Ends every session of one account, for instance when its password is reset. */
    public void closeAllOf(String username) {
        byToken.values().removeIf(s -> s.username().equals(username));
    }

    /** Compares in constant time, so the CSRF token cannot be guessed byte by byte from response times. */
    public static boolean sameToken(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private boolean expired(SignedInSession session, Instant now) {
        return session.lastSeen().plus(IDLE_LIMIT).isBefore(now) || session.started().plus(ABSOLUTE_LIMIT).isBefore(now);
    }

    private void dropExpired(Instant now) {
        byToken.values().removeIf(s -> expired(s, now));
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
