package org.commonslibrary.model.ingest;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The persistent record of one uploaded file on its way into the library. It is written before any
 * work starts, so a job interrupted by a restart is found again and resumed.
 */
@Entity
@Table(name = "ingest_job", indexes = @Index(name = "ix_job_state", columnList = "state"))
public class IngestJob {

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JobState state;

    @Column(nullable = false, length = 500)
    private String originalFilename;

    /** Where the uploaded bytes wait (and then stay, as the document's original). */
    @Column(nullable = false, length = 100)
    private String storageKey;

    @Column(nullable = false, length = 64)
    private String sha256;

    private long sizeBytes;

    @Column(length = 100)
    private String submittedBy;

    /** The server node that runs the job, so that a restarting node resumes its own jobs and not another's. */
    @Column(length = 100)
    private String runner;

    @Column(length = 2000)
    private String reason;

    private Long documentId;

    private int attempts;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected IngestJob() {
    }

    public IngestJob(String originalFilename, String storageKey, String sha256, long sizeBytes, String submittedBy,
            Instant now) {
        this.id = UUID.randomUUID().toString();
        this.state = JobState.QUEUED;
        this.originalFilename = originalFilename;
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.submittedBy = submittedBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void start(Instant now) {
        state = JobState.RUNNING;
        attempts++;
        updatedAt = now;
    }

    /** The document is stored; the job ends once search finds it. */
    public void awaitIndexing(long documentId, Instant now) {
        state = JobState.INDEXING;
        reason = null;
        this.documentId = documentId;
        updatedAt = now;
    }

    public void succeed(long documentId, Instant now) {
        finish(JobState.DONE, null, documentId, now);
    }

    public void fail(String reason, Instant now) {
        finish(JobState.FAILED, reason, null, now);
    }

    public void markDuplicate(long existingDocumentId, Instant now) {
        finish(JobState.DUPLICATE, "The same file is already in the library.", existingDocumentId, now);
    }

    private void finish(JobState finalState, String why, Long document, Instant now) {
        state = finalState;
        reason = why;
        documentId = document;
        updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public JobState getState() {
        return state;
    }

    public String getOriginalFilename() {
        return originalFilename;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getRunner() {
        return runner;
    }

    public void assignTo(String node) {
        this.runner = node;
    }

    public String getReason() {
        return reason;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
