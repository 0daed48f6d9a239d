package org.commonslibrary.web.search;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.commonslibrary.model.document.LibraryDocument;
import org.hibernate.search.mapper.orm.Search;

/**
 * The database is the source of truth: when the index holds fewer documents than the database (a new or
 * wiped OpenSearch node, a cluster restored without its data), the index is rebuilt from the database in
 * the background at start-up, without running any extraction again.
 */
@ApplicationScoped
public class IndexCatchUp {

    private static final Logger LOG = Logger.getLogger(IndexCatchUp.class.getName());

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Transactional
    public void rebuildIfBehind() {
        long stored = entityManager.createQuery("select count(d) from LibraryDocument d", Long.class)
                .getSingleResult();
        if (stored == 0) {
            return;
        }
        try {
            var session = Search.session(entityManager);
            long indexed = session.search(LibraryDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
            if (indexed < stored) {
                LOG.info("The index holds " + indexed + " of " + stored + " documents; rebuilding it from the database.");
                // No purge first: re-indexing by id replaces what is there, and purging needs delete-by-query,
                // which the development node (built without OpenSearch's reindex module) does not offer.
                session.massIndexer().purgeAllOnStart(false).start().whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "Rebuilding the index failed", failure);
                    } else {
                        LOG.info("The index is rebuilt from the database.");
                    }
                });
            }
        } catch (RuntimeException clusterUnreachable) {
            LOG.log(Level.WARNING, "The index could not be compared with the database at start-up", clusterUnreachable);
        }
    }
}
