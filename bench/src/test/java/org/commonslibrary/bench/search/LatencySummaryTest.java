package org.commonslibrary.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void theOverheadIsTakenPerCallNotAsADifferenceOfPercentiles() {
        List<LatencySample> samples = new ArrayList<>();
        // fast searches with a large API overhead, slow searches with a small one
        for (int i = 0; i < 50; i++) {
            samples.add(new LatencySample(12, 2, 5));
            samples.add(new LatencySample(41, 40, 5));
        }
        LatencySummary summary = LatencySummary.of(16, samples, 1, 2.0);

        assertThat(summary.overhead().at(50)).isEqualTo(1);
        assertThat(summary.overhead().at(99)).isEqualTo(10);
        assertThat(summary.wall().at(99) - summary.took().at(99)).isEqualTo(1);
        assertThat(summary.throughput()).isEqualTo(50);
        assertThat(summary.errors()).isEqualTo(1);
    }

    @Test
    void theTableHasOneRowPerRun() {
        List<LatencySample> samples = List.of(new LatencySample(10.0, 8, 3), new LatencySample(20.0, 15, 0));
        String table = LatencyTable.render(List.of(LatencySummary.of(1, samples, 0, 1.0),
                LatencySummary.of(16, samples, 0, 0.5)));

        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().skip(2).findFirst().orElseThrow())
                .startsWith("| 1 | 2 | 2.0 | 10.0 / 20.0 / 20.0 | 8.0 / 15.0 / 15.0 | 2.0 / 5.0 / 5.0 | 0 | 50 % |");
    }
}
