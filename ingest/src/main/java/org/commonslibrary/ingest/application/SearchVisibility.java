package org.commonslibrary.ingest.application;

/**
 * Whether a stored document can be found by search yet. The ingest side only needs the answer; how the
 * index is watched (and how long to wait) belongs to the application that runs the index.
 */
public interface SearchVisibility {

    /**
     * Waits a short, bounded while for the committed document (with its passages and case examples) to be
     * searchable.
     *
     * @return true when search finds it; false when it is not there yet (the index is behind, or the
     *         cluster is unreachable), which the caller must not treat as a failure
     */
    boolean awaitSearchable(long documentId);
}
