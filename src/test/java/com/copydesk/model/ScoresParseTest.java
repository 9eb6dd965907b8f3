package com.copydesk.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoresParseTest {
    @Test
    void onlyAWholeNumberFromZeroToAHundredIsAScore() {
        assertThat(Scores.parse("85")).isEqualTo(85);
        assertThat(Scores.parse(" 0 ")).isZero();
        assertThat(Scores.parse("100")).isEqualTo(100);
        assertThat(Scores.parse("101")).isNull();
        assertThat(Scores.parse("")).isNull();
        assertThat(Scores.parse("abc")).isNull();
        assertThat(Scores.parse("-1")).isNull();
    }
}
