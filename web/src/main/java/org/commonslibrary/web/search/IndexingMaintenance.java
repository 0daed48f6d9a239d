package org.commonslibrary.web.search;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.commonslibrary.ingest.application.IngestJobs;
import org.commonslibrary.model.ingest.IngestJob;
import org.commonslibrary.web.health.SearchClusterProbe;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;

/**
 * Brings the index back in step with the database without anyone's help, every {@value #INTERVAL_SECONDS}
 * seconds while the cluster answers: creates the indexes if start-up could not, sends the outbox's aborted
 * events again (Hibernate Search gives up on an event after three failed tries, about a minute and a half
 * of outage, and never retries it by itself), and closes the ingest jobs whose documents search now finds.
 */
@ApplicationScoped
public class IndexingMaintenance {

    private static final Logger LOG = Logger.getLogger(IndexingMaintenance.class.getName());

    static final long INTERVAL_SECONDS = 10;
    private static final int JOBS_PER_ROUND = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PersistenceUnit(unitName = "library")
    EntityManagerFactory entityManagerFactory;

    @Inject
    SearchClusterProbe cluster;

    @Inject
    IndexSchema schema;

    @Inject
    IndexCatchUp catchUp;

    @Inject
    IndexVisibility visibility;

    @Inject
    IngestJobs jobs;

    private ScheduledFuture<?> task;
    private volatile boolean stopping;
    private volatile Instant lastRound;
    private final AtomicLong reprocessed = new AtomicLong();

    public synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::round, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopping = true;
        if (task != null) {
            task.cancel(false);
        }
    }

    void round() {
        try {
            lastRound = Instant.now();
            // Reprocessing while the cluster is down would only spend the events' three tries again.
            if (!cluster.check().isServing()) {
                return;
            }
            if (!schema.isReady()) {
                if (!schema.ensure()) {
                    return;
                }
                catchUp.rebuildIfBehind();
            }
            OutboxPollingSearchMapping outbox = outbox();
            if (outbox.countAbortedEvents() > 0) {
                int count = outbox.reprocessAbortedEvents();
                reprocessed.addAndGet(count);
                LOG.info("Sent " + count + " aborted index change(s) to the index again.");
            }
            for (IngestJob job : jobs.awaitingIndex(JOBS_PER_ROUND)) {
                if (stopping) {
                    return;
                }
                if (visibility.isSearchable(job.getDocumentId())) {
                    jobs.succeed(job.getId(), job.getDocumentId());
                }
            }
        } catch (RuntimeException e) {
            // One bad round must not end the schedule (an exception would cancel it).
            LOG.log(Level.WARNING, "A round of index maintenance failed; the next one will try again", e);
        }
    }

    /** Aborted index changes; they wait for the next round once the cluster answers. */
    public long abortedEvents() {
        return outbox().countAbortedEvents();
    }

    public Status status() {
        ScheduledFuture<?> current = task;
        return new Status(current != null && !current.isDone(), INTERVAL_SECONDS, lastRound, reprocessed.get());
    }

    private OutboxPollingSearchMapping outbox() {
        return Search.mapping(entityManagerFactory).extension(OutboxPollingExtension.get());
    }

    /** Whether the rounds are scheduled, how often, when the last one ran, how many events it sent again. */
    public record Status(boolean running, long intervalSeconds, Instant lastRound, long reprocessedEvents) {
    }
}
