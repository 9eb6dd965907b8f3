package com.copydesk.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreSpinnerTest {
    @Test
    void onlyAWholeNumberFromZeroToAHundredIsAScore() {
        assertThat(ScoreSpinner.parse("85")).isEqualTo(85);
        assertThat(ScoreSpinner.parse(" 0 ")).isZero();
        assertThat(ScoreSpinner.parse("100")).isEqualTo(100);
        assertThat(ScoreSpinner.parse("101")).isNull();
        assertThat(ScoreSpinner.parse("")).isNull();
        assertThat(ScoreSpinner.parse("abc")).isNull();
        assertThat(ScoreSpinner.parse("-1")).isNull();
    }
}
