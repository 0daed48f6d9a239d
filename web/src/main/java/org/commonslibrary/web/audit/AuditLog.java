package org.commonslibrary.web.audit;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.commonslibrary.model.audit.AuditEntry;

/**
 * Writes and reads the audit log. An entry joins the transaction of the change it records, so the two
 * commit or roll back together: the log never claims a change that did not happen, nor misses one that did.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Transactional
    public void record(String actor, AuditAction action, String target, String detail) {
        entityManager.persist(new AuditEntry(Instant.now(), actor, action.id(), target, detail));
    }

    /** Newest first. */
    @Transactional
    public List<AuditEntry> page(int offset, int size) {
        return entityManager.createQuery("select e from AuditEntry e order by e.at desc, e.id desc", AuditEntry.class)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Transactional
    public long count() {
        return entityManager.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
    }
}
