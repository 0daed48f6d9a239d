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
        var schema = Search.mapping(entityManagerFactory).scope(Object.class).schemaManager();
        try {
            schema.createOrValidate();
            ready = true;
            LOG.info("The search indexes are in place.");
        } catch (RuntimeException invalid) {
            // Either the cluster is unreachable (expected during an outage: the next round tries again) or an
            // index made by an earlier version lacks a setting or field added since (such as the replica
            // setting): those are added in place. A change that cannot be made in place needs an
            // administrator (the rebuild on the maintenance page), and the log says so every time.
            try {
                schema.createOrUpdate();
                ready = true;
                LOG.info("The search indexes are in place, brought up to date with the mapping: " + invalid.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The search indexes could not be created or validated yet: " + e.getMessage());
            }
        }
        return ready;
    }

    public boolean isReady() {
        return ready;
    }
}
