package org.commonslibrary.web.rest;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells, from a failure's causes, whether the database or the search index could not be reached: such a
 * failure is a 503 that invites the caller to try again, not an incident in our code.
 */
enum UnavailableDependency {
    DATABASE("The database cannot be reached just now; nothing was changed. Try again in a moment."),
    SEARCH_INDEX("The search index cannot be reached just now. Try again in a moment.");

    // Connection failures as the JDBC driver, Hibernate and the server's connection pool name them.
    private static final Set<String> DATABASE_FAILURES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "jakarta.resource.ResourceException",
            "org.jboss.jca.core.connectionmanager.pool.api.PoolException");

    private final String detail;

    UnavailableDependency(String detail) {
        this.detail = detail;
    }

    String detail() {
        return detail;
    }

    static Optional<UnavailableDependency> of(Throwable failure) {
        boolean searchFailure = false;
        boolean connectionFailure = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return Optional.of(DATABASE);
            }
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || DATABASE_FAILURES.contains(cause.getClass().getName())) {
                return Optional.of(DATABASE);
            }
            if (cause.getClass().getName().startsWith("org.hibernate.search.")) {
                searchFailure = true;
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException) {
                connectionFailure = true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return searchFailure && connectionFailure ? Optional.of(SEARCH_INDEX) : Optional.empty();
    }
}
