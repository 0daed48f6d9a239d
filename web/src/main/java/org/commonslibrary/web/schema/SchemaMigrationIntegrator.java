package org.commonslibrary.web.schema;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the schema migrations while Hibernate builds the persistence unit: after it knows the data source
 * and before it validates the entities against the tables (and before Hibernate Search's outbox processor
 * polls its tables). A startup bean would run too late for both. Hibernate finds it through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public final class SchemaMigrationIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        SchemaMigrations.migrate(dataSource, SchemaMigrationIntegrator.class.getClassLoader());
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release: the migrations ran once, at start-up
    }
}
