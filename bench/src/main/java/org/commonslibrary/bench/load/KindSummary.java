package org.commonslibrary.bench.load;

import org.commonslibrary.bench.measure.Percentiles;

/**
 * The measured calls of one kind, or of all kinds together.
 *
 * @param calls      calls started in the measured time, answered or not
 * @param errors     those that failed: a status other than 2xx, a timeout or a broken connection
 * @param seconds    the measured time the throughput is taken over
 * @param latencies  milliseconds from sending to having read the whole answer, of the calls that succeeded;
 *                   null when none did
 * @param firstError what the first failed call got, or null
 */
public record KindSummary(String name, int calls, int errors, double seconds, Percentiles latencies,
        String firstError) {

    public double throughput() {
        return calls / seconds;
    }
}
