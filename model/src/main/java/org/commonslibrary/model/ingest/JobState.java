package org.commonslibrary.model.ingest;

import java.util.Locale;

/** Where an ingest job stands; the API shows the lower-case name. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED, DUPLICATE;

    public boolean isFinished() {
        return this == DONE || this == FAILED || this == DUPLICATE;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
