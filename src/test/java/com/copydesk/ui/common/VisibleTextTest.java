package com.copydesk.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleTextTest {
    @Test
    void charactersThatActAreShownAsCodePoints() {
        assertThat(VisibleText.of("store \u202Ewithout")).isEqualTo("store \u27e8U+202E\u27e9without");
        assertThat(VisibleText.of("zero\u200Bwidth\u0007")).isEqualTo("zero\u27e8U+200B\u27e9width\u27e8U+0007\u27e9");
    }

    @Test
    void ordinaryTextIsTheSameString() {
        String text = "caf\u00e9 \u2014 line\nnext\ttab";
        assertThat(VisibleText.of(text)).isSameAs(text);
        assertThat(VisibleText.of(null)).isNull();
    }
}
