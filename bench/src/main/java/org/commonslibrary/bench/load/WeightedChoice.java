package org.commonslibrary.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Picks one of a few options, each as often as its weight says relative to the others. */
final class WeightedChoice<T> {

    private final List<T> options = new ArrayList<>();
    private final int[] cumulative;

    /** @param weights options in a stable order (an {@code EnumMap} or {@code LinkedHashMap}), so a seed repeats its picks */
    WeightedChoice(Map<T, Integer> weights) {
        cumulative = new int[weights.size()];
        int sum = 0;
        for (Map.Entry<T, Integer> entry : weights.entrySet()) {
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("negative weight for " + entry.getKey());
            }
            sum += entry.getValue();
            cumulative[options.size()] = sum;
            options.add(entry.getKey());
        }
        if (sum == 0) {
            throw new IllegalArgumentException("no option has a weight");
        }
    }

    T pick(Random random) {
        int target = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (target < cumulative[i]) {
                return options.get(i);
            }
        }
        throw new IllegalStateException("unreachable: target " + target);
    }
}
