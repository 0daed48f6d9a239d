package org.commonslibrary.web.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/** Asks the database for a live connection, with a short timeout. */
@ApplicationScoped
public class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/LibraryDS")
    DataSource dataSource;

    public Result check() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return new Result(valid, valid ? null : "The database did not answer in time.", millisSince(start));
        } catch (SQLException | RuntimeException e) {
            return new Result(false, "The database is unreachable: " + e.getClass().getSimpleName(),
                    millisSince(start));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The outcome of one check. */
    public record Result(boolean up, String problem, long tookMillis) {
    }
}
