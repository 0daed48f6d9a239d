package org.commonslibrary.ingest.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.ingest.IngestJob;
import org.commonslibrary.model.ingest.JobState;

/** The ingest jobs' persistent state: each change of state is its own short transaction. */
@ApplicationScoped
public class IngestJobs {

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    /**
     * Records a new job for a stored upload. The same bytes already in the library end the job at once
     * as a duplicate pointing to the existing document.
     */
    @Transactional
    public IngestJob create(String originalFilename, StoredOriginal stored, String submittedBy) {
        IngestJob job = new IngestJob(originalFilename, stored.storageKey(), stored.sha256(), stored.sizeBytes(),
                submittedBy, Instant.now());
        job.assignTo(ServerNode.name());
        documentWithHash(stored.sha256()).ifPresent(existing -> job.markDuplicate(existing, Instant.now()));
        entityManager.persist(job);
        return job;
    }

    @Transactional
    public Optional<IngestJob> find(String id) {
        return Optional.ofNullable(entityManager.find(IngestJob.class, id));
    }

    /**
     * Marks the job running; false when it is already finished (for example resumed twice) or its document
     * is stored and only waits for the index.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean begin(String id) {
        IngestJob job = entityManager.find(IngestJob.class, id);
        if (job == null || job.getState().isFinished() || job.getState() == JobState.INDEXING) {
            return false;
        }
        job.start(Instant.now());
        return true;
    }

    /** The job's document is committed; the job waits for search to find it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void awaitIndexing(String id, long documentId) {
        IngestJob job = entityManager.find(IngestJob.class, id);
        if (job != null && !job.getState().isFinished()) {
            job.awaitIndexing(documentId, Instant.now());
        }
    }

    /** Jobs whose document is stored but was not yet found searchable, oldest first. */
    @Transactional
    public List<IngestJob> awaitingIndex(int limit) {
        return entityManager.createQuery("select j from IngestJob j where j.state = :state order by j.updatedAt, j.id",
                IngestJob.class).setParameter("state", JobState.INDEXING).setMaxResults(limit).getResultList();
    }

    @Transactional
    public long countAwaitingIndex() {
        return entityManager.createQuery("select count(j) from IngestJob j where j.state = :state", Long.class)
                .setParameter("state", JobState.INDEXING).getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeed(String id, long documentId) {
        IngestJob job = entityManager.find(IngestJob.class, id);
        if (job != null && !job.getState().isFinished()) {
            job.succeed(documentId, Instant.now());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(String id, String reason) {
        IngestJob job = entityManager.find(IngestJob.class, id);
        if (job != null && !job.getState().isFinished()) {
            job.fail(reason, Instant.now());
        }
    }

    /** Ends the job as a duplicate when a document with its bytes is in the library by now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean finishAsDuplicateIfStored(String id) {
        IngestJob job = entityManager.find(IngestJob.class, id);
        if (job == null || job.getState().isFinished()) {
            return false;
        }
        Optional<Long> existing = documentWithHash(job.getSha256());
        existing.ifPresent(documentId -> job.markDuplicate(documentId, Instant.now()));
        return existing.isPresent();
    }

    /** The newest jobs, newest first: what an admin watches after an upload. */
    @Transactional
    public List<IngestJob> recent(int limit) {
        return entityManager.createQuery("select j from IngestJob j order by j.createdAt desc, j.id", IngestJob.class)
                .setMaxResults(limit).getResultList();
    }

    /**
     * This node's jobs that a restart interrupted or that never started: they are run again. Another node's
     * jobs are left to it (it may be running them now); jobs from before nodes were named belong to anyone.
     */
    @Transactional
    public List<String> unfinished() {
        return entityManager.createQuery("select j.id from IngestJob j where j.state in :states"
                + " and (j.runner = :node or j.runner is null) order by j.createdAt", String.class)
                .setParameter("states", List.of(JobState.QUEUED, JobState.RUNNING))
                .setParameter("node", ServerNode.name())
                .getResultList();
    }

    /** Whether these bytes are in the library or on their way in. */
    @Transactional
    public boolean isKnown(String sha256) {
        return documentWithHash(sha256).isPresent() || !entityManager.createQuery(
                "select j.id from IngestJob j where j.sha256 = :sha and j.state in :states", String.class)
                .setParameter("sha", sha256)
                .setParameter("states", List.of(JobState.QUEUED, JobState.RUNNING))
                .setMaxResults(1).getResultList().isEmpty();
    }

    Optional<Long> documentWithHash(String sha256) {
        return entityManager.createQuery("select d.id from LibraryDocument d where d.sha256 = :sha", Long.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    Optional<LibraryDocument> document(long id) {
        return Optional.ofNullable(entityManager.find(LibraryDocument.class, id));
    }
}
