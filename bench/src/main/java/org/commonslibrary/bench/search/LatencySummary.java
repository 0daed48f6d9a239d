package org.commonslibrary.bench.search;

import java.util.List;

import org.commonslibrary.bench.measure.Percentiles;

/** Percentiles of one load run (one number of concurrent clients). */
public record LatencySummary(int clients, int requests, int errors, double seconds, Percentiles wall,
        Percentiles took, Percentiles overhead, double emptyShare) {

    public static LatencySummary of(int clients, List<LatencySample> samples, int errors, double seconds) {
        double[] wall = samples.stream().mapToDouble(LatencySample::wallMillis).toArray();
        double[] took = samples.stream().mapToDouble(LatencySample::tookMillis).toArray();
        double[] overhead = samples.stream().mapToDouble(LatencySample::overheadMillis).toArray();
        double empty = samples.stream().filter(s -> s.total() == 0).count() / (double) samples.size();
        return new LatencySummary(clients, samples.size(), errors, seconds, new Percentiles(wall),
                new Percentiles(took), new Percentiles(overhead), empty);
    }

    public double throughput() {
        return requests / seconds;
    }
}
