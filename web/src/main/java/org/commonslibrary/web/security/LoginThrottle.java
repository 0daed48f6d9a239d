package org.commonslibrary.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows down password guessing at the login page: after five wrong passwords for one account from one
 * address within fifteen minutes, that pair may not try again until the fifteen minutes have passed.
 * Keyed by the pair rather than the account alone, so a stranger cannot lock the admin out.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this pair must still wait, if it has used up its tries. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Failures current = failures.get(key(username, address));
        if (current == null || current.windowStart().plus(WINDOW).isBefore(now)) {
            return Optional.empty();
        }
        if (current.count() < ALLOWED_FAILURES) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.windowStart().plus(WINDOW)));
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        failures.compute(key(username, address), (k, old) -> old == null || old.windowStart().plus(WINDOW).isBefore(now)
                ? new Failures(now, 1) : new Failures(old.windowStart(), old.count() + 1));
        if (failures.size() > 10_000) {
            failures.values().removeIf(f -> f.windowStart().plus(WINDOW).isBefore(now));
        }
    }

    public void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private static String key(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + '\n' + address;
    }

    private record Failures(Instant windowStart, int count) {
    }
}
