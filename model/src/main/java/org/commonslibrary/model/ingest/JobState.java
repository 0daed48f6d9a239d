package org.commonslibrary.model.ingest;

import java.util.Locale;

/**
 * Where an ingest job stands; the API shows the lower-case name. {@code INDEXING}: the document is in the
 * database and waits to become searchable (the index is behind or OpenSearch is unreachable); the job is
 * not run again, and turns {@code DONE} once search finds the document.
 */
public enum JobState {
    QUEUED, RUNNING, INDEXING, DONE, FAILED, DUPLICATE;

    public boolean isFinished() {
        return this == DONE || this == FAILED || this == DUPLICATE;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
