package org.commonslibrary.web.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database's schema to the version the application needs, with the versioned scripts of
 * {@code db/migration/<database>/} (in the model module, next to the entities they describe). Several
 * servers starting at once are safe: Flyway holds a lock on the database while it migrates.
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource, ClassLoader scripts) {
        String database = databaseOf(dataSource);
        MigrateResult result = Flyway.configure(scripts)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + database)
                // A development database made before migrations existed (by Hibernate's schema update) holds
                // version 1 already: it is recorded as such, and Hibernate's validation then checks it.
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .load()
                .migrate();
        LOG.info("Database schema (" + database + ") at version " + result.targetSchemaVersion + "; "
                + result.migrationsExecuted + " migration(s) applied now.");
        return result;
    }

    /** The folder of scripts for the database behind the data source: the library runs on PostgreSQL or H2. */
    static String databaseOf(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to check its schema: " + e.getMessage(), e);
        }
        return folderFor(product);
    }

    static String folderFor(String productName) {
        String product = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgresql")) {
            return "postgresql";
        }
        if (product.equals("h2")) {
            return "h2";
        }
        throw new IllegalStateException("The library runs on PostgreSQL (production) or H2 (development), not on "
                + productName + ".");
    }
}
