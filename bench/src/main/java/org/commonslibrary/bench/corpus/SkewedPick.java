package org.commonslibrary.bench.corpus;

import java.util.List;
import java.util.Random;

/**
 * Draws list items with Zipf-like weights (the first item most often, weight 1/(rank+1)^exponent), the
 * shape facet values have in a real library: a few common practices and places, a long tail of rare ones.
 */
final class SkewedPick<T> {

    private final List<T> items;
    private final double[] cumulative;

    SkewedPick(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
    }

    T next(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return items.get(low);
    }
}
