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

    @Test
    void joinersThatArePartOfAnEmojiOrAWordAreNotMarked() {
        String coder = "\uD83D\uDC69\u200D\uD83D\uDCBB and \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
        assertThat(VisibleText.of(coder)).isSameAs(coder);
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        assertThat(VisibleText.of(persian)).isSameAs(persian);
        assertThat(VisibleText.of("Latin\u200Djoined")).isEqualTo("Latin\u27e8U+200D\u27e9joined");
        assertThat(VisibleText.of("tag \uDB40\uDC41 letter")).as("an invisible tag character, one code point")
                .isEqualTo("tag \u27e8U+E0041\u27e9 letter");
    }
}
