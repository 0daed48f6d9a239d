package org.commonslibrary.web.search;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.hibernate.search.mapper.orm.Search;

/**
 * Creates the indexes that are missing and checks the others against the mapping. Hibernate Search does
 * not do it at deployment (the application must start while OpenSearch is down), so it happens at
 * start-up and then again, in the background, until it has succeeded once.
 */
@ApplicationScoped
public class IndexSchema {

    private static final Logger LOG = Logger.getLogger(IndexSchema.class.getName());

    @PersistenceUnit(unitName = "library")
    EntityManagerFactory entityManagerFactory;

    private volatile boolean ready;

    /** @return true when the indexes exist and match the mapping (now or since an earlier call) */
    public synchronized boolean ensure() {
        if (ready) {
            return true;
        }
        try {
            Search.mapping(entityManagerFactory).scope(Object.class).schemaManager().createOrValidate();
            ready = true;
            LOG.info("The search indexes are in place.");
        } catch (RuntimeException e) {
            // An unreachable cluster is expected during an outage; a mapping that no longer matches an
            // existing index needs an administrator (a rebuild), and says so in the log every time.
            LOG.log(Level.WARNING, "The search indexes could not be created or validated yet: " + e.getMessage());
        }
        return ready;
    }

    public boolean isReady() {
        return ready;
    }
}
