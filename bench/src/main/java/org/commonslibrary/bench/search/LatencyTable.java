package org.commonslibrary.bench.search;

import java.util.List;
import java.util.Locale;

import org.commonslibrary.bench.measure.Percentiles;

/** The load runs as a Markdown table, ready to paste into docs/benchmarks.md. */
public final class LatencyTable {

    private LatencyTable() {
    }

    public static String render(List<LatencySummary> runs) {
        StringBuilder table = new StringBuilder();
        table.append("| clients | requests | req/s | API p50 / p95 / p99 ms | OpenSearch took p50 / p95 / p99 ms "
                + "| API overhead p50 / p95 / p99 ms | errors | no hits |\n");
        table.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (LatencySummary run : runs) {
            table.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %s | %s | %s | %d | %.0f %% |%n",
                    run.clients(), run.requests(), run.throughput(), triple(run.wall()), triple(run.took()),
                    triple(run.overhead()), run.errors(), 100 * run.emptyShare()));
        }
        return table.toString();
    }

    private static String triple(Percentiles p) {
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", p.at(50), p.at(95), p.at(99));
    }
}
