package org.commonslibrary.bench.load;

import java.util.List;

/**
 * A mixed load run: each kind's figures, all calls together, and the failures of the unrecorded warm-up,
 * which count against the run as much as measured ones.
 */
public record LoadReport(List<KindSummary> kinds, KindSummary all, int warmUpErrors, String firstWarmUpError) {

    public LoadReport {
        kinds = List.copyOf(kinds);
    }

    public int errors() {
        return all.errors() + warmUpErrors;
    }
}
