package com.copydesk.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The export copies stored text as bytes only when they are the UTF-8 that Java writes. */
class Utf8Test {
    @Test
    void whatJavaWritesIsValid() {
        for (String text : new String[]{"", "plain", "é", "日本", "\uD83D\uDE00", "\u0000\u007f\u0080\u07ff\u0800\uffff"}) {
            assertThat(Utf8.isValid(text.getBytes(StandardCharsets.UTF_8))).as(text).isTrue();
        }
    }

    @Test
    void malformedBytesAreNot() {
        int[][] bad = {
            {0x80}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xC3}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80},
            {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xE6, 0x97}, {0xC3, 0x41}, {0xFF},
            {0x41, 0xF0, 0x9F, 0x98},
        };
        for (int[] ints : bad) {
            byte[] bytes = new byte[ints.length];
            for (int i = 0; i < ints.length; i++) {
                bytes[i] = (byte) ints[i];
            }
            assertThat(Utf8.isValid(bytes)).as(java.util.Arrays.toString(ints)).isFalse();
        }
    }
}
