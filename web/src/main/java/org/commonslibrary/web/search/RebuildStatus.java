package org.commonslibrary.web.search;

import java.time.Instant;
import java.util.List;

import org.commonslibrary.search.api.RebuiltIndex;

/**
 * A rebuild of the search indexes as the API shows it.
 *
 * @param id              the rebuild's id
 * @param state           {@code running}, {@code done} or {@code failed}
 * @param phase           where a running rebuild is ({@code preparing}, {@code indexing}, {@code switching},
 *                        {@code cleaning}) or where it ended ({@code finished}, or the phase that failed)
 * @param startedBy       the admin who asked for it
 * @param entitiesIndexed how many entities the mass indexer has written so far
 * @param entitiesTotal   how many it has to write, as far as it knows yet
 * @param indexes         each index with its previous and new generation and its entries (when done)
 * @param reason          why it failed, in words
 */
public record RebuildStatus(String id, String state, String phase, String startedBy, Instant startedAt,
        Instant endedAt, long entitiesIndexed, long entitiesTotal, List<RebuiltIndex> indexes, String reason) {

    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    public RebuildStatus {
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
    }
}
