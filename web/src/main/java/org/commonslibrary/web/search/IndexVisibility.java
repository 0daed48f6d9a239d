package org.commonslibrary.web.search;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;

import org.commonslibrary.ingest.application.SearchVisibility;
import org.commonslibrary.model.cases.CaseExample;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.document.Passage;
import org.hibernate.search.mapper.orm.Search;

/**
 * Waits, a bounded while and after the change has committed, until search sees it: the change's outbox
 * events are gone (OpenSearch has taken them) and the indexes are refreshed. A change is never undone or
 * refused because the index is behind: the database has it, and the outbox brings it to the index later.
 * The wait gives up early once one of the change's events has failed (the cluster is unreachable), so a
 * request is not held for the full time during an outage.
 */
@ApplicationScoped
public class IndexVisibility implements SearchVisibility {

    private static final Logger LOG = Logger.getLogger(IndexVisibility.class.getName());

    /** Searchable within a second or so when the cluster is healthy; ten is generous. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 100;

    @PersistenceUnit(unitName = "library")
    EntityManagerFactory entityManagerFactory;

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Inject
    OutboxEvents outbox;

    @Override
    public boolean awaitSearchable(long documentId) {
        return await(documentParts(documentId));
    }

    /** Whether search sees the document now, without waiting. */
    public boolean isSearchable(long documentId) {
        try {
            if (progressOf(documentParts(documentId)) != OutboxEvents.Progress.SENT) {
                return false;
            }
            refresh();
            return true;
        } catch (RuntimeException clusterOrDatabaseTrouble) {
            LOG.log(Level.FINE, "Could not confirm that document " + documentId + " is searchable", clusterOrDatabaseTrouble);
            return false;
        }
    }

    /**
     * Waits until search sees the changes of these entities (entity class to ids).
     *
     * @return true when it does; false when the index is still behind after the wait
     */
    public boolean await(Map<Class<?>, ? extends Collection<?>> changed) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        try {
            while (true) {
                OutboxEvents.Progress progress = progressOf(changed);
                if (progress == OutboxEvents.Progress.SENT) {
                    refresh();
                    return true;
                }
                if (progress == OutboxEvents.Progress.FAILING || System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException clusterOrDatabaseTrouble) {
            LOG.log(Level.FINE, "Could not confirm that the index has caught up", clusterOrDatabaseTrouble);
            return false;
        }
    }

    /** A document is found by search through its own entry, its passages (highlights) and its case examples. */
    Map<Class<?>, List<Long>> documentParts(long documentId) {
        List<Long> passages = entityManager.createQuery("select p.id from Passage p where p.document.id = :id", Long.class)
                .setParameter("id", documentId).getResultList();
        List<Long> cases = entityManager.createQuery("select c.id from CaseExample c where c.document.id = :id", Long.class)
                .setParameter("id", documentId).getResultList();
        return Map.of(LibraryDocument.class, List.of(documentId), Passage.class, passages, CaseExample.class, cases);
    }

    private OutboxEvents.Progress progressOf(Map<Class<?>, ? extends Collection<?>> changed) {
        OutboxEvents.Progress overall = OutboxEvents.Progress.SENT;
        for (var entry : changed.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            String entityName = entityManagerFactory.getMetamodel().entity(entry.getKey()).getName();
            OutboxEvents.Progress progress = outbox.progressOf(entityName, entry.getValue());
            if (progress == OutboxEvents.Progress.FAILING) {
                return progress;
            }
            if (progress == OutboxEvents.Progress.WAITING) {
                overall = progress;
            }
        }
        return overall;
    }

    /** The outbox writes without refreshing; a refresh makes what it wrote visible to searches at once. */
    private void refresh() {
        Search.mapping(entityManagerFactory).scope(List.of(LibraryDocument.class, Passage.class, CaseExample.class))
                .workspace().refresh();
    }
}
