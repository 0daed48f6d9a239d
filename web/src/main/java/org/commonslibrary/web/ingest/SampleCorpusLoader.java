package org.commonslibrary.web.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commonslibrary.ingest.application.ArchiveRejectedException;
import org.commonslibrary.ingest.application.IngestJobs;
import org.commonslibrary.ingest.application.OriginalStore;
import org.commonslibrary.ingest.application.UploadTooLargeException;
import org.commonslibrary.web.config.LibrarySettings;

/**
 * Loads the files of a configured folder (the sample corpus by default in the run command) through the
 * same jobs as uploads. Files the library already holds are skipped, so a restart loads nothing twice.
 */
@ApplicationScoped
public class SampleCorpusLoader {

    private static final Logger LOG = Logger.getLogger(SampleCorpusLoader.class.getName());
    static final String SUBMITTER = "sample-corpus";

    @Inject
    LibrarySettings settings;

    @Inject
    IngestJobs jobs;

    @Inject
    UploadIntake intake;

    public void loadIfConfigured() {
        settings.samplesDirectory().ifPresent(this::load);
    }

    void load(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.warning("The samples folder " + folder + " does not exist; no samples loaded.");
            return;
        }
        int queued = 0;
        for (Path file : files(folder)) {
            try {
                if (!jobs.isKnown(OriginalStore.sha256Of(file))) {
                    try (InputStream in = Files.newInputStream(file)) {
                        intake.accept(file.getFileName().toString(), in, SUBMITTER);
                    }
                    queued++;
                }
            } catch (IOException | UploadTooLargeException | ArchiveRejectedException e) {
                LOG.log(Level.WARNING, "Sample " + file.getFileName() + " was not loaded: " + e.getMessage());
            }
        }
        LOG.info("Sample corpus: " + queued + " new file(s) queued from " + folder);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The samples folder " + folder + " cannot be read", e);
            return List.of();
        }
    }
}
