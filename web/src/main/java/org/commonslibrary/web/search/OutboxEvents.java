package org.commonslibrary.web.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Reads Hibernate Search's outbox table, where every index change waits until OpenSearch has taken it.
 * Hibernate Search counts aborted events but not pending ones, and cannot say whether the events of given
 * entities are gone; both are plain reads of the table (its columns are documented for manual schema
 * creation, and persistence.xml pins its name).
 */
@ApplicationScoped
public class OutboxEvents {

    static final String TABLE = "HSEARCH_OUTBOX_EVENT";

    /** Ids per query: well under what any database accepts in an IN list. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    /** Events waiting to be sent to the index, including those waiting for a retry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long pending() {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + TABLE + " where status = 'PENDING'")
                .getSingleResult()).longValue();
    }

    /**
     * Where the index changes of these entities stand: {@link Progress#SENT} when none waits any more,
     * {@link Progress#FAILING} when one has failed at least once (the cluster is unreachable or refuses it),
     * otherwise {@link Progress#WAITING}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Progress progressOf(String entityName, Collection<?> ids) {
        Progress progress = Progress.SENT;
        List<String> all = ids.stream().map(String::valueOf).toList();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + CHUNK)));
            Object[] row = (Object[]) entityManager.createNativeQuery("select count(*), "
                    + "coalesce(sum(case when status <> 'PENDING' or retries > 0 then 1 else 0 end), 0) from " + TABLE
                    + " where entityName = ?1 and entityId in (?2)")
                    .setParameter(1, entityName).setParameter(2, chunk).getSingleResult();
            if (((Number) row[1]).longValue() > 0) {
                return Progress.FAILING;
            }
            if (((Number) row[0]).longValue() > 0) {
                progress = Progress.WAITING;
            }
        }
        return progress;
    }

    /** How far the index changes of some entities have got. */
    public enum Progress {
        WAITING, FAILING, SENT
    }
}
