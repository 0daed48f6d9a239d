package org.commonslibrary.web.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.commonslibrary.model.account.Account;
import org.commonslibrary.model.account.Role;

/** Reads and writes accounts. */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Transactional
    public Optional<Account> find(String username) {
        return Optional.ofNullable(entityManager.find(Account.class, username));
    }

    @Transactional
    public boolean exists(String username) {
        return entityManager.find(Account.class, username) != null;
    }

    /** Creates the account, or gives an existing one this password hash and role. */
    @Transactional
    public void upsert(String username, String passwordHash, Role role) {
        Account account = entityManager.find(Account.class, username);
        if (account == null) {
            entityManager.persist(new Account(username, passwordHash, role, Instant.now()));
        } else {
            account.changePasswordHash(passwordHash);
            account.changeRole(role);
        }
    }
}
