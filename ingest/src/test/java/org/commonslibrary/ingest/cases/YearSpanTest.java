package org.commonslibrary.ingest.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearSpanTest {

    @Test
    void findsTheEarliestAndLatestYear() {
        assertThat(YearSpan.of("Shares sold in 1999 were bought back in 2012 and 2013.")).hasValueSatisfying(
                span -> assertThat(span).containsExactly(1999, 2013));
    }

    @Test
    void aSingleYearIsBothEnds() {
        assertThat(YearSpan.of("Eau de Paris started in 2010.")).hasValueSatisfying(
                span -> assertThat(span).containsExactly(2010, 2010));
    }

    @Test
    void agendasAreNotEvents() {
        assertThat(YearSpan.of("It contributes to the 2030 Agenda and to Agenda 2030 goals.")).isEmpty();
    }

    @Test
    void amountsAndCodesAreNotYears() {
        assertThat(YearSpan.of("It cost 2,015,000 euros; decree 12.2011.4; 20100 inhabitants.")).isEmpty();
    }
}
