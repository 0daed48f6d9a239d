package org.commonslibrary.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commonslibrary.model.account.Account;

/**
 * Checks a username and password against the stored hash. A slow hash on every API call would make
 * each HTTP Basic request cost a third of a second, so a successful check is remembered for a few
 * minutes as a keyed digest (never the password itself); a changed password misses the cache.
 */
@ApplicationScoped
public class CredentialVerifier {

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

    @Inject
    AccountStore accounts;

    private final PasswordHasher hasher = new PasswordHasher();
    private final byte[] cacheKey = new byte[32];
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    public CredentialVerifier() {
        new SecureRandom().nextBytes(cacheKey);
    }

    public Optional<Account> verify(String username, char[] password) {
        Optional<Account> account = accounts.find(username);
        if (account.isEmpty()) {
            // Hash anyway so an unknown name takes as long as a wrong password.
            hasher.matches(password, PasswordHasher.DUMMY_HASH);
            return Optional.empty();
        }
        String digest = digest(username, password, account.get().getPasswordHash());
        Remembered remembered = recent.get(username);
        if (remembered != null && remembered.digest().equals(digest) && remembered.until().isAfter(Instant.now())) {
            return account;
        }
        if (!hasher.matches(password, account.get().getPasswordHash())) {
            return Optional.empty();
        }
        recent.put(username, new Remembered(digest, Instant.now().plus(REMEMBER_FOR)));
        return account;
    }

    private String digest(String username, char[] password, String storedHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(cacheKey);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Remembered(String digest, Instant until) {
    }
}
