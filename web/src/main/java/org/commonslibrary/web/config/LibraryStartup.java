package org.commonslibrary.web.config;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.commonslibrary.ingest.application.IngestJobRunner;
import org.commonslibrary.ingest.application.IngestJobs;
import org.commonslibrary.web.ingest.IngestServices;
import org.commonslibrary.web.search.IndexCatchUp;
import org.commonslibrary.web.search.IndexRebuilds;
import org.commonslibrary.web.search.IndexSchema;
import org.commonslibrary.web.search.IndexingMaintenance;
import org.commonslibrary.web.ingest.SampleCorpusLoader;
import org.commonslibrary.web.security.AdminAccountBootstrap;

/**
 * What must happen once the application is deployed: an admin who can sign in, indexes that exist and
 * have caught up with the database, the index maintenance rounds started, the jobs a restart interrupted
 * resumed, and the sample corpus queued when one is configured.
 */
@ApplicationScoped
public class LibraryStartup {

    private static final Logger LOG = Logger.getLogger(LibraryStartup.class.getName());

    @Inject
    AdminAccountBootstrap admin;

    @Inject
    IngestJobs jobs;

    @Inject
    IngestJobRunner runner;

    @Inject
    SampleCorpusLoader samples;

    @Inject
    IngestServices ingest;

    @Inject
    IndexCatchUp index;

    @Inject
    IndexRebuilds rebuilds;

    @Inject
    IndexSchema indexSchema;

    @Inject
    IndexingMaintenance indexing;

    // In a web application the event's payload is the servlet context.
    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        ingest.prepareTikaRuntime(context);
        admin.ensureAdmin();
        // With the cluster down, the indexes are created (and the index caught up) by the maintenance rounds.
        if (indexSchema.ensure()) {
            // a rebuild cut short by the last stop is finished first: until then, changes go to an index nobody searches
            if (!rebuilds.resumeIfCutShort()) {
                index.rebuildIfBehind();
            }
        }
        indexing.start();
        var unfinished = jobs.unfinished();
        unfinished.forEach(runner::submit);
        if (!unfinished.isEmpty()) {
            LOG.info("Resumed " + unfinished.size() + " unfinished ingest job(s).");
        }
        samples.loadIfConfigured();
        LOG.info("Commons Knowledge Library is ready.");
    }
}
