package org.commonslibrary.web.ingest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commonslibrary.ingest.application.IngestJobRunner;
import org.commonslibrary.ingest.application.IngestJobs;
import org.commonslibrary.ingest.application.OriginalStore;
import org.commonslibrary.ingest.application.StoredOriginal;
import org.commonslibrary.ingest.application.UploadTooLargeException;
import org.commonslibrary.model.ingest.IngestJob;
import org.commonslibrary.model.ingest.JobState;
import org.commonslibrary.web.config.LibrarySettings;

/** Takes an uploaded file in: stores it, records its job, and starts the job unless it is a duplicate. */
@ApplicationScoped
public class UploadIntake {

    private static final int MAX_FILENAME = 255;

    @Inject
    LibrarySettings settings;

    @Inject
    OriginalStore store;

    @Inject
    IngestJobs jobs;

    @Inject
    IngestJobRunner runner;

    public IngestJob accept(String filename, InputStream content, String submittedBy)
            throws IOException, UploadTooLargeException {
        StoredOriginal stored = store.store(content, settings.maxUploadBytes());
        IngestJob job = jobs.create(displayName(filename), stored, submittedBy);
        if (job.getState() == JobState.DUPLICATE) {
            store.delete(stored.storageKey());
        } else {
            runner.submit(job.getId());
        }
        return job;
    }

    /** The name shown to people: never used as a path, but kept free of folders and control characters. */
    static String displayName(String filename) {
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() > MAX_FILENAME ? name.substring(name.length() - MAX_FILENAME) : name;
    }
}
