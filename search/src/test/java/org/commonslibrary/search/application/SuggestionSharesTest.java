package org.commonslibrary.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionSharesTest {

    @Test
    void eachKindGetsItsShareWhenAllHaveEnough() {
        assertThat(Suggestions.shares(new int[] {10, 10, 10})).containsExactly(4, 3, 3);
    }

    @Test
    void aShareLeftUnusedGoesToTheKindsThatHaveMore() {
        assertThat(Suggestions.shares(new int[] {0, 1, 10})).containsExactly(0, 1, 9);
        assertThat(Suggestions.shares(new int[] {10, 0, 0})).containsExactly(10, 0, 0);
        assertThat(Suggestions.shares(new int[] {6, 6, 1})).containsExactly(5, 4, 1);
    }

    @Test
    void fewerFoundThanTheLimitAreAllShown() {
        assertThat(Suggestions.shares(new int[] {1, 2, 3})).containsExactly(1, 2, 3);
        assertThat(Suggestions.shares(new int[] {0, 0, 0})).containsExactly(0, 0, 0);
    }
}
