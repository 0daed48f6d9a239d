package org.commonslibrary.bench.load;

import java.util.Locale;

import org.commonslibrary.bench.measure.Percentiles;

/** A mixed load run as a Markdown table for docs/benchmarks.md, with each kind's first failure below it. */
public final class LoadTable {

    private LoadTable() {
    }

    public static String render(LoadReport report) {
        StringBuilder text = new StringBuilder();
        text.append("| request | calls | req/s | p50 / p95 / p99 / max ms | errors |\n");
        text.append("| --- | --- | --- | --- | --- |\n");
        for (KindSummary kind : report.kinds()) {
            row(text, kind, false);
        }
        row(text, report.all(), true);
        for (KindSummary kind : report.kinds()) {
            if (kind.firstError() != null) {
                text.append(String.format(Locale.ROOT, "First failed %s call: %s%n", kind.name(), kind.firstError()));
            }
        }
        if (report.warmUpErrors() > 0) {
            text.append(String.format(Locale.ROOT, "%d failed call(s) in the warm-up; the first: %s%n",
                    report.warmUpErrors(), report.firstWarmUpError()));
        }
        return text.toString();
    }

    private static void row(StringBuilder text, KindSummary kind, boolean bold) {
        String name = bold ? "**" + kind.name() + "**" : kind.name();
        text.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %d |%n", name, kind.calls(),
                kind.throughput(), latencies(kind.latencies()), kind.errors()));
    }

    private static String latencies(Percentiles p) {
        if (p == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %.1f", p.at(50), p.at(95), p.at(99), p.at(100));
    }
}
