package org.commonslibrary.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToAHundredIsTheRankItself() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i; // unsorted on purpose
        }
        Percentiles p = new Percentiles(values);

        assertThat(p.at(50)).isEqualTo(50);
        assertThat(p.at(95)).isEqualTo(95);
        assertThat(p.at(99)).isEqualTo(99);
        assertThat(p.at(100)).isEqualTo(100);
        assertThat(p.at(0.5)).isEqualTo(1);
    }

    @Test
    void aPercentileIsAlwaysAMeasuredValueRoundedUpInRank() {
        Percentiles p = new Percentiles(new double[] {7.5, 1.0, 3.0, 12.0});

        assertThat(p.at(50)).isEqualTo(3.0);   // rank ceil(2.0) = 2
        assertThat(p.at(51)).isEqualTo(7.5);   // rank ceil(2.04) = 3
        assertThat(p.at(99)).isEqualTo(12.0);  // one slow call out of four is the p99
        assertThat(p.count()).isEqualTo(4);
    }

    @Test
    void theInputIsNotChanged() {
        double[] values = {3, 1, 2};
        new Percentiles(values).at(50);
        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        Percentiles p = new Percentiles(new double[] {42});
        assertThat(p.at(1)).isEqualTo(42);
        assertThat(p.at(99)).isEqualTo(42);
    }

    @Test
    void noValuesOrAPercentOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> new Percentiles(new double[0])).isInstanceOf(IllegalArgumentException.class);
        Percentiles p = new Percentiles(new double[] {1, 2});
        assertThatThrownBy(() -> p.at(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.at(100.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
