package org.commonslibrary.search.application;

import java.util.concurrent.atomic.AtomicLong;

import org.commonslibrary.search.api.RebuildPhase;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * How far a running rebuild has come, read by other threads while it runs: its phase, and how many of
 * the entities to index have been written to the new indexes.
 */
public class RebuildProgress {

    private volatile RebuildPhase phase = RebuildPhase.PREPARING;
    private final AtomicLong entitiesIndexed = new AtomicLong();
    private final AtomicLong entitiesTotal = new AtomicLong();

    public RebuildPhase phase() {
        return phase;
    }

    public long entitiesIndexed() {
        return entitiesIndexed.get();
    }

    public long entitiesTotal() {
        return entitiesTotal.get();
    }

    void enter(RebuildPhase next) {
        phase = next;
    }

    /** Counts what the mass indexer reports. */
    MassIndexingMonitor monitor() {
        return new MassIndexingMonitor() {
            @Override
            public void documentsAdded(long increment) {
                entitiesIndexed.addAndGet(increment);
            }

            @Override
            public void documentsBuilt(long increment) {
                // written is what counts for the reader, not built
            }

            @Override
            public void entitiesLoaded(long increment) {
                // idem
            }

            @Override
            public void addToTotalCount(long increment) {
                entitiesTotal.addAndGet(increment);
            }

            @Override
            public void indexingCompleted() {
                // the rebuild moves to its next phase itself
            }
        };
    }
}
