package org.commonslibrary.ingest.application;

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
 * Runs ingest jobs in the background: extract, analyse, persist. A job's failure is recorded with a
 * reason a person can act on; it never escapes to harm other jobs or the server.
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

    private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
    private final Semaphore slots = new Semaphore(PARALLEL_JOBS, true);

    public void submit(String jobId) {
        executor.submit(() -> run(jobId));
    }

    void run(String jobId) {
        slots.acquireUninterruptibly();
        try {
            if (!jobs.begin(jobId)) {
                return;
            }
            var job = jobs.find(jobId).orElseThrow();
            ExtractedDocument extracted = extractor.extract(store.path(job.getStorageKey()));
            writer.write(jobId, analyzer.analyze(extracted)).ifPresent(documentId -> jobs.succeed(jobId, documentId));
        } catch (ExtractionException e) {
            jobs.fail(jobId, e.getMessage());
        } catch (RuntimeException e) {
            // The same bytes uploaded twice in quick succession run as two jobs; the unique hash lets only
            // one document in, and the other job ends as its duplicate rather than as an error.
            if (jobs.finishAsDuplicateIfStored(jobId)) {
                return;
            }
            LOG.log(Level.SEVERE, "Ingest job " + jobId + " failed unexpectedly", e);
            jobs.fail(jobId, "The library could not process this file because of an internal error; "
                    + "it has been logged for the administrators.");
        } finally {
            slots.release();
        }
    }
}
