package org.commonslibrary.web.health;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commonslibrary.ingest.application.IngestJobs;
import org.commonslibrary.web.search.IndexSchema;
import org.commonslibrary.web.search.IndexingMaintenance;
import org.commonslibrary.web.search.OutboxEvents;

/** How far the index is behind the database: the outbox's waiting and aborted changes, and who fixes them. */
@ApplicationScoped
public class IndexingProbe {

    private static final Logger LOG = Logger.getLogger(IndexingProbe.class.getName());

    @Inject
    OutboxEvents outbox;

    @Inject
    IndexingMaintenance maintenance;

    @Inject
    IndexSchema schema;

    @Inject
    IngestJobs jobs;

    public Indexing check() {
        IndexingMaintenance.Status status = maintenance.status();
        Long pending = null;
        Long aborted = null;
        Long jobsIndexing = null;
        String problem = null;
        try {
            pending = outbox.pending();
            aborted = maintenance.abortedEvents();
            jobsIndexing = jobs.countAwaitingIndex();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The outbox could not be read", e);
            problem = "The outbox could not be read: " + e.getClass().getSimpleName();
        }
        return new Indexing(pending, aborted, jobsIndexing, schema.isReady(),
                new Reprocessing(status.running(), status.intervalSeconds(), status.lastRound(),
                        status.reprocessedEvents()), problem);
    }

    /**
     * {@code pendingEvents}: index changes not yet taken by OpenSearch (including those waiting to be
     * retried); {@code abortedEvents}: changes Hibernate Search gave up on, which the next maintenance round
     * sends again once the cluster answers; {@code jobsIndexing}: ingest jobs whose document is stored but
     * not yet searchable; {@code indexesReady}: whether the indexes have been created or validated.
     */
    public record Indexing(Long pendingEvents, Long abortedEvents, Long jobsIndexing, boolean indexesReady,
            Reprocessing reprocessing, String problem) {
    }

    /** The maintenance rounds: whether they are scheduled, how often, the last one, the events sent again. */
    public record Reprocessing(boolean running, long intervalSeconds, Instant lastRound, long reprocessedEvents) {
    }
}
