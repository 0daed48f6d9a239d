package org.commonslibrary.bench.measure;

import java.util.Arrays;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n values is the smallest value that at
 * least p % of the values do not exceed, always one of the measured values (no interpolation).
 */
public final class Percentiles {

    private final double[] sorted;

    public Percentiles(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    /** @param percent in (0, 100] */
    public double at(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public int count() {
        return sorted.length;
    }
}
