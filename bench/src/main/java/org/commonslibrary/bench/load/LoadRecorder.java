package org.commonslibrary.bench.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.commonslibrary.bench.measure.Percentiles;

/**
 * Collects the outcome of every call from many client threads. Calls started before the measured time are the
 * warm-up: only their failures are kept.
 */
final class LoadRecorder {

    private final long measuredFromNanos;
    private final Map<RequestKind, Calls> byKind = new EnumMap<>(RequestKind.class);
    private final AtomicLong lastEndNanos;
    private final AtomicInteger warmUpErrors = new AtomicInteger();
    private final AtomicReference<String> firstWarmUpError = new AtomicReference<>();

    /** @param measuredFromNanos the {@link System#nanoTime()} at which the warm-up ends */
    LoadRecorder(long measuredFromNanos) {
        this.measuredFromNanos = measuredFromNanos;
        this.lastEndNanos = new AtomicLong(measuredFromNanos);
        for (RequestKind kind : RequestKind.values()) {
            byKind.put(kind, new Calls());
        }
    }

    /** @param error what went wrong, or null for a 2xx answer read in full */
    void record(RequestKind kind, long startNanos, long endNanos, String error) {
        if (startNanos < measuredFromNanos) {
            if (error != null) {
                warmUpErrors.incrementAndGet();
                firstWarmUpError.compareAndSet(null, kind.label() + ": " + error);
            }
            return;
        }
        lastEndNanos.accumulateAndGet(endNanos, Math::max);
        byKind.get(kind).add((endNanos - startNanos) / 1e6, error);
    }

    /** The figures so far; the measured time runs to the end of the last measured call. */
    LoadReport report() {
        double seconds = Math.max(lastEndNanos.get() - measuredFromNanos, 1) / 1e9;
        List<KindSummary> kinds = new ArrayList<>();
        Calls all = new Calls();
        byKind.forEach((kind, calls) -> {
            kinds.add(calls.summary(kind.label(), seconds));
            all.addAll(calls);
        });
        return new LoadReport(kinds, all.summary("all", seconds), warmUpErrors.get(), firstWarmUpError.get());
    }

    /** The calls of one kind. */
    private static final class Calls {

        private final List<Double> millis = new ArrayList<>();
        private int calls;
        private int errors;
        private String firstError;

        synchronized void add(double latencyMillis, String error) {
            calls++;
            if (error == null) {
                millis.add(latencyMillis);
            } else {
                errors++;
                if (firstError == null) {
                    firstError = error;
                }
            }
        }

        synchronized void addAll(Calls other) {
            synchronized (other) {
                calls += other.calls;
                errors += other.errors;
                millis.addAll(other.millis);
                if (firstError == null) {
                    firstError = other.firstError;
                }
            }
        }

        synchronized KindSummary summary(String name, double seconds) {
            Percentiles latencies = millis.isEmpty() ? null
                    : new Percentiles(millis.stream().mapToDouble(Double::doubleValue).toArray());
            return new KindSummary(name, calls, errors, seconds, latencies, firstError);
        }
    }
}
