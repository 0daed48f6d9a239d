package org.commonslibrary.ingest.application;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.ingest.IngestJob;

/**
 * Persists an analysed document with its pages and passages and closes its job, all in one transaction:
 * either the whole document is in the library (and, on commit, in the index) or none of it is.
 */
@ApplicationScoped
public class DocumentWriter {

    private static final int MAX_TITLE = 1000;
    private static final int MAX_FIELD = 500;

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Inject
    IngestJobs jobs;

    /** @return the id of the document the job ended with (a new one, or the one it duplicates) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> write(String jobId, AnalyzedDocument analyzed) {
        IngestJob job = entityManager.find(IngestJob.class, jobId);
        if (job == null || job.getState().isFinished()) {
            return Optional.empty();
        }
        Optional<Long> existing = jobs.documentWithHash(job.getSha256());
        if (existing.isPresent()) {
            job.markDuplicate(existing.get(), Instant.now());
            return existing;
        }
        LibraryDocument document = new LibraryDocument(clip(analyzed.title(), MAX_TITLE), analyzed.kind(),
                analyzed.language(), analyzed.mediaType(), job.getOriginalFilename(), job.getStorageKey(),
                job.getSha256(), job.getSizeBytes(), Instant.now());
        document.setAuthors(analyzed.authors().isEmpty() ? null : clip(String.join("; ", analyzed.authors()), MAX_FIELD * 2));
        document.setPublisher(clip(analyzed.publisher(), MAX_FIELD));
        document.setPublicationDate(analyzed.publicationDate());
        analyzed.pages().forEach(p -> document.addPage(p.number(), p.text()));
        analyzed.passages().forEach(p -> document.addPassage(p.pageNumber(), p.ordinal(), p.text(), p.startOffset(),
                p.endOffset(), p.language()));
        entityManager.persist(document);
        entityManager.flush();
        job.succeed(document.getId(), Instant.now());
        return Optional.of(document.getId());
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
