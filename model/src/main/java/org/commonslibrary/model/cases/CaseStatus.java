package org.commonslibrary.model.cases;

import java.util.Locale;

/** Where a case example stands: proposed by the ingest, then confirmed (perhaps edited) or rejected by a curator. */
public enum CaseStatus {
    PROPOSED, CONFIRMED, REJECTED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
