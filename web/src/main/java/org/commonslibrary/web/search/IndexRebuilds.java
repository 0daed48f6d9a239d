package org.commonslibrary.web.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.commonslibrary.search.api.IndexRebuildException;
import org.commonslibrary.search.api.RebuiltIndex;
import org.commonslibrary.search.application.IndexRebuilder;
import org.commonslibrary.search.application.RebuildProgress;
import org.commonslibrary.search.infrastructure.IndexGenerations;
import org.commonslibrary.web.audit.AuditAction;
import org.commonslibrary.web.audit.AuditLog;
import org.commonslibrary.web.config.LibrarySettings;
import org.hibernate.search.mapper.orm.Search;

/**
 * Starts rebuilds of the search indexes in the background, one at a time, and remembers the latest one.
 * Each rebuild ends in the audit log, done or failed with its reason.
 */
@ApplicationScoped
public class IndexRebuilds {

    private static final Logger LOG = Logger.getLogger(IndexRebuilds.class.getName());
    private static final String AUDIT_TARGET = "search indexes";
    /** Who the audit log names for a rebuild the application starts by itself. */
    static final String APPLICATION = "library";

    @Inject
    LibrarySettings settings;

    @Inject
    AuditLog audit;

    @PersistenceUnit(unitName = "library")
    EntityManagerFactory entityManagerFactory;

    @Resource
    ManagedExecutorService executor;

    private IndexGenerations cluster;

    /** The running or the last rebuild, with the progress of a running one. */
    private final AtomicReference<Tracked> latest = new AtomicReference<>();

    private record Tracked(RebuildStatus status, RebuildProgress progress) {

        boolean running() {
            return RebuildStatus.RUNNING.equals(status.state());
        }
    }

    @PostConstruct
    void open() {
        cluster = new IndexGenerations(settings.openSearch());
    }

    /** Starts a rebuild, unless one runs already. */
    public RebuildStatus start(String actor) {
        RebuildProgress progress = new RebuildProgress();
        RebuildStatus started = new RebuildStatus(UUID.randomUUID().toString(), RebuildStatus.RUNNING,
                progress.phase().id(), actor, Instant.now(), null, 0, 0, List.of(), null);
        Tracked tracked = new Tracked(started, progress);
        Tracked previous = latest.getAndUpdate(current -> current != null && current.running() ? current : tracked);
        if (previous != null && previous.running()) {
            throw new RebuildInProgressException(previous.status());
        }
        try {
            executor.submit(() -> run(tracked));
        } catch (RuntimeException refused) {
            finish(tracked, RebuildStatus.FAILED, List.of(), "the server could not start the rebuild: "
                    + refused.getMessage());
            throw refused;
        }
        return started;
    }

    /**
     * Starts a rebuild when the previous one was cut short by a stop of the server (its write aliases still
     * point to the unfinished indexes, so changes would go where nobody searches).
     *
     * @return whether a rebuild was started
     */
    public boolean resumeIfCutShort() {
        try {
            if (!rebuilder().wasCutShort()) {
                return false;
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search aliases could not be checked at start-up", e);
            return false;
        }
        LOG.warning("A rebuild of the search indexes was cut short by a stop; rebuilding them again.");
        try {
            start(APPLICATION);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The interrupted rebuild could not be resumed", e);
            return false;
        }
    }

    public Optional<RebuildStatus> latest() {
        Tracked tracked = latest.get();
        if (tracked == null) {
            return Optional.empty();
        }
        RebuildStatus status = tracked.status();
        if (!tracked.running()) {
            return Optional.of(status);
        }
        RebuildProgress progress = tracked.progress();
        return Optional.of(new RebuildStatus(status.id(), status.state(), progress.phase().id(), status.startedBy(),
                status.startedAt(), null, progress.entitiesIndexed(), progress.entitiesTotal(), List.of(), null));
    }

    private void run(Tracked tracked) {
        String actor = tracked.status().startedBy();
        try {
            List<RebuiltIndex> rebuilt = rebuilder().rebuild(tracked.progress());
            finish(tracked, RebuildStatus.DONE, rebuilt, null);
            record(actor, AuditAction.INDEX_REBUILT, rebuilt.stream()
                    .map(i -> i.previousIndex() + " → " + i.newIndex() + " (" + i.entries() + " entries)")
                    .collect(Collectors.joining(", ")));
        } catch (IndexRebuildException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search indexes failed; the previous indexes still serve", e);
            String reason = e instanceof IndexRebuildException ? e.getMessage()
                    : "unexpected error: " + e.getMessage();
            finish(tracked, RebuildStatus.FAILED, List.of(), reason);
            record(actor, AuditAction.INDEX_REBUILD_FAILED, reason);
        }
    }

    private IndexRebuilder rebuilder() {
        return new IndexRebuilder(Search.mapping(entityManagerFactory), cluster);
    }

    private void finish(Tracked tracked, String state, List<RebuiltIndex> rebuilt, String reason) {
        RebuildStatus status = tracked.status();
        RebuildProgress progress = tracked.progress();
        RebuildStatus ended = new RebuildStatus(status.id(), state, progress.phase().id(), status.startedBy(),
                status.startedAt(), Instant.now(), progress.entitiesIndexed(), progress.entitiesTotal(), rebuilt, reason);
        latest.set(new Tracked(ended, progress));
    }

    private void record(String actor, AuditAction action, String detail) {
        try {
            audit.record(actor, action, AUDIT_TARGET, detail);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The rebuild could not be written to the audit log", e);
        }
    }

    @PreDestroy
    void close() {
        try {
            cluster.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "The OpenSearch client did not close cleanly", e);
        }
    }
}
