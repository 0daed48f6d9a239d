package org.commonslibrary.web.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commonslibrary.ingest.application.ArchiveExpander;
import org.commonslibrary.ingest.application.ArchiveRejectedException;
import org.commonslibrary.ingest.application.IngestJobRunner;
import org.commonslibrary.ingest.application.IngestJobs;
import org.commonslibrary.ingest.application.OriginalStore;
import org.commonslibrary.ingest.application.StoredOriginal;
import org.commonslibrary.ingest.application.UploadTooLargeException;
import org.commonslibrary.model.ingest.IngestJob;
import org.commonslibrary.model.ingest.JobState;
import org.commonslibrary.web.config.LibrarySettings;

/** Takes uploaded files in: stores each, records its job, and starts the job unless it is a duplicate. */
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

    /**
     * Takes one uploaded file: a document becomes one job; a zip archive of documents becomes one job per
     * document in it (the archive itself is not kept).
     */
    public List<IngestJob> accept(String filename, InputStream content, String submittedBy)
            throws IOException, UploadTooLargeException, ArchiveRejectedException {
        String name = displayName(filename);
        StoredOriginal stored = store.store(content, settings.maxUploadBytes());
        if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")
                || !ArchiveExpander.isArchiveOfDocuments(store.path(stored.storageKey()))) {
            return List.of(register(name, stored, submittedBy));
        }
        try {
            List<IngestJob> created = new ArrayList<>();
            archives().expand(store.path(stored.storageKey()), (entryName, entry) ->
                    created.add(register(displayName(entryName), store.store(entry, settings.maxUploadBytes()),
                            submittedBy)));
            return created;
        } finally {
            store.delete(stored.storageKey());
        }
    }

    private IngestJob register(String name, StoredOriginal stored, String submittedBy) throws IOException {
        IngestJob job;
        try {
            job = jobs.create(name, stored, submittedBy);
        } catch (RuntimeException databaseUnreachable) {
            // No job will ever point to these bytes: keep no orphan in the store.
            store.delete(stored.storageKey());
            throw databaseUnreachable;
        }
        if (job.getState() == JobState.DUPLICATE) {
            store.delete(stored.storageKey());
        } else {
            runner.submit(job.getId());
        }
        return job;
    }

    private ArchiveExpander archives() {
        return new ArchiveExpander(new ArchiveExpander.Limits(settings.maxArchiveEntries(),
                settings.maxUploadBytes(), settings.maxArchiveBytes()));
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
