package org.commonslibrary.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class LoadRecorderTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MILLI = 1_000_000L;

    @Test
    void warmUpCallsAreLeftOutButTheirFailuresCount() {
        LoadRecorder recorder = new LoadRecorder(10 * SECOND);
        recorder.record(RequestKind.SEARCH, 9 * SECOND, 9 * SECOND + 900 * MILLI, null);
        recorder.record(RequestKind.SUGGEST, 9 * SECOND, 10 * SECOND + 5 * MILLI, "503 for /api/suggest");
        recorder.record(RequestKind.SEARCH, 10 * SECOND, 10 * SECOND + 20 * MILLI, null);

        LoadReport report = recorder.report();

        assertThat(report.all().calls()).isEqualTo(1);
        assertThat(report.all().latencies().at(100)).isEqualTo(20.0);
        assertThat(report.warmUpErrors()).isEqualTo(1);
        assertThat(report.firstWarmUpError()).isEqualTo("suggest: 503 for /api/suggest");
        assertThat(report.errors()).isEqualTo(1);
    }

    @Test
    void eachKindAndAllTogetherHaveCallsThroughputPercentilesAndErrors() {
        LoadRecorder recorder = new LoadRecorder(0);
        for (int i = 1; i <= 100; i++) {
            long start = i * 10 * MILLI;
            recorder.record(RequestKind.SEARCH, start, start + i * MILLI, null);
        }
        recorder.record(RequestKind.DOCUMENT, 100 * MILLI, 300 * MILLI, null);
        recorder.record(RequestKind.DOCUMENT, 200 * MILLI, 1000 * MILLI, "java.net.http.HttpTimeoutException");
        recorder.record(RequestKind.DOCUMENT, 300 * MILLI, 400 * MILLI, "404 for /api/documents/7");

        LoadReport report = recorder.report();

        KindSummary search = report.kinds().get(RequestKind.SEARCH.ordinal());
        assertThat(search.name()).isEqualTo("search");
        assertThat(search.calls()).isEqualTo(100);
        // the last call ends at 1,000 + 100 ms: that is the measured time
        assertThat(search.seconds()).isEqualTo(1.1);
        assertThat(search.throughput()).isCloseTo(90.9, offset(0.1));
        assertThat(search.latencies().at(50)).isEqualTo(50.0);
        assertThat(search.latencies().at(95)).isEqualTo(95.0);
        assertThat(search.latencies().at(99)).isEqualTo(99.0);
        assertThat(search.errors()).isZero();
        assertThat(search.firstError()).isNull();

        KindSummary document = report.kinds().get(RequestKind.DOCUMENT.ordinal());
        assertThat(document.calls()).isEqualTo(3);
        assertThat(document.errors()).isEqualTo(2);
        assertThat(document.latencies().count()).isEqualTo(1);
        assertThat(document.firstError()).isEqualTo("java.net.http.HttpTimeoutException");

        assertThat(report.kinds().get(RequestKind.SUGGEST.ordinal()).latencies()).isNull();
        assertThat(report.all().calls()).isEqualTo(103);
        assertThat(report.all().errors()).isEqualTo(2);
        assertThat(report.all().latencies().at(100)).isEqualTo(200.0);
        assertThat(report.errors()).isEqualTo(2);

        String table = LoadTable.render(report);
        assertThat(table.lines()).hasSize(2 + RequestKind.values().length + 1 + 1);
        assertThat(table).contains("| search | 100 | 90.9 | 50.0 / 95.0 / 99.0 / 100.0 | 0 |",
                "| suggest | 0 | 0.0 | - | 0 |", "| **all** | 103 | 93.6 |",
                "First failed document call: java.net.http.HttpTimeoutException");
    }
}
