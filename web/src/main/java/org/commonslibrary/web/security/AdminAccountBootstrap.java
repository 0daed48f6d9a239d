package org.commonslibrary.web.security;

import java.security.SecureRandom;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commonslibrary.model.account.Role;
import org.commonslibrary.web.config.LibrarySettings;

/**
 * Makes sure an admin can sign in after start-up. With LIBRARY_ADMIN_PASSWORD set, that password is
 * (re)applied; without it, a fresh account gets a generated password that is printed once, and an
 * existing account keeps the password it has.
 */
@ApplicationScoped
public class AdminAccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    LibrarySettings settings;

    @Inject
    AccountStore accounts;

    private final PasswordHasher hasher = new PasswordHasher();

    public void ensureAdmin() {
        String user = settings.adminUser();
        var configured = settings.adminPassword();
        if (configured.isPresent()) {
            accounts.upsert(user, hasher.hash(configured.get().toCharArray()), Role.ADMIN);
            LOG.info("Admin account '" + user + "' uses the password from LIBRARY_ADMIN_PASSWORD.");
        } else if (!accounts.exists(user)) {
            String generated = generatePassword();
            accounts.upsert(user, hasher.hash(generated.toCharArray()), Role.ADMIN);
            // Printed once, on purpose: there is no other way to learn it, and it is never stored in clear.
            LOG.warning("Generated admin account: user '" + user + "', password '" + generated
                    + "'. Set LIBRARY_ADMIN_PASSWORD to choose your own.");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
