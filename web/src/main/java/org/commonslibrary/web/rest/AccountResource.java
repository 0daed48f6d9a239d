package org.commonslibrary.web.rest;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.commonslibrary.model.account.Role;
import org.commonslibrary.web.audit.AuditAction;
import org.commonslibrary.web.audit.AuditLog;
import org.commonslibrary.web.security.AccountStore;
import org.commonslibrary.web.security.PasswordHasher;
import org.commonslibrary.web.security.SignedInSessions;

/** {@code POST /api/accounts}: an admin creates an account (or resets its password). */
@Path("/accounts")
@RolesAllowed("admin")
public class AccountResource {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

    @Inject
    AccountStore accounts;

    @Inject
    SignedInSessions sessions;

    @Inject
    AuditLog audit;

    private final PasswordHasher hasher = new PasswordHasher();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(NewAccount request, @Context SecurityContext security) {
        if (request == null || request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw new InvalidRequestException("username must be 3 to 100 letters, digits or . _ @ -");
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidRequestException("password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        Role role = parseRole(request.role());
        accounts.upsert(request.username(), hasher.hash(request.password().toCharArray()), role);
        // A reset password or changed role must not leave old sign-ins open.
        sessions.closeAllOf(request.username());
        audit.record(security.getUserPrincipal().getName(), AuditAction.ACCOUNT_SAVED, "account " + request.username(),
                "role " + role.roleName());
        return Response.status(Response.Status.CREATED)
                .entity(new AccountView(request.username(), role.roleName())).build();
    }

    private static Role parseRole(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("role must be admin or editor.");
        }
    }

    /** What an admin sends. */
    public record NewAccount(String username, String password, String role) {
    }

    /** What comes back: never the password. */
    public record AccountView(String username, String role) {
    }
}
