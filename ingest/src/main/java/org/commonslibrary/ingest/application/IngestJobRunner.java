package org.commonslibrary.ingest.application;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commonslibrary.ingest.extraction.ExtractedDocument;
import org.commonslibrary.ingest.extraction.ExtractionException;
import org.commonslibrary.ingest.extraction.TextExtractor;

/**
 * Runs ingest jobs in the background: extract, analyse, persist, then wait until search finds the document.
 * A job's failure is recorded with a reason a person can act on; it never escapes to harm other jobs or the
 * server. A document that search does not find in time leaves its job {@code indexing}, to be closed by
 * whoever watches the index (the web module's indexing maintenance).
 */
@ApplicationScoped
public class IngestJobRunner {

    private static final Logger LOG = Logger.getLogger(IngestJobRunner.class.getName());

    /** Extraction forks are memory-hungry: two at a time keeps a small server responsive. */
    private static final int PARALLEL_JOBS = 2;

    @Resource
    ManagedExecutorService executor;

    @Inject
    IngestJobs jobs;

    @Inject
    DocumentWriter writer;

    @Inject
    OriginalStore store;

    @Inject
    TextExtractor extractor;

    @Inject
    SearchVisibility visibility;

    private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
    private final Semaphore slots = new Semaphore(PARALLEL_JOBS, true);

    public void submit(String jobId) {
        executor.submit(() -> run(jobId));
    }

    void run(String jobId) {
        Optional<Long> stored = extractAndStore(jobId);
        // Waiting for the index happens outside the extraction slots: an unreachable cluster must not hold
        // up the extraction of the next files.
        stored.ifPresent(documentId -> {
            if (visibility.awaitSearchable(documentId)) {
                jobs.succeed(jobId, documentId);
            } else {
                LOG.info("Ingest job " + jobId + ": document " + documentId
                        + " is stored; it is not searchable yet and the job stays 'indexing' until it is.");
            }
        });
    }

    private Optional<Long> extractAndStore(String jobId) {
        slots.acquireUninterruptibly();
        try {
            if (!jobs.begin(jobId)) {
                return Optional.empty();
            }
            var job = jobs.find(jobId).orElseThrow();
            ExtractedDocument extracted = extractor.extract(store.path(job.getStorageKey()));
            Optional<Long> documentId = writer.write(jobId, analyzer.analyze(extracted));
            documentId.ifPresent(id -> jobs.awaitIndexing(jobId, id));
            return documentId;
        } catch (ExtractionException e) {
            jobs.fail(jobId, e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            // The same bytes uploaded twice in quick succession run as two jobs; the unique hash lets only
            // one document in, and the other job ends as its duplicate rather than as an error.
            if (jobs.finishAsDuplicateIfStored(jobId)) {
                return Optional.empty();
            }
            LOG.log(Level.SEVERE, "Ingest job " + jobId + " failed unexpectedly", e);
            jobs.fail(jobId, "The library could not process this file because of an internal error; "
                    + "it has been logged for the administrators.");
            return Optional.empty();
        } finally {
            slots.release();
        }
    }
}
