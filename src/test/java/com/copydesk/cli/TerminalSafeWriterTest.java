package com.copydesk.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalSafeWriterTest {
    private static String shown(String text) throws IOException {
        StringWriter out = new StringWriter();
        try (TerminalSafeWriter writer = new TerminalSafeWriter(out)) {
            writer.write(text);
        }
        return out.toString();
    }

    @Test
    void hiddenCharactersAreShownAsCodePoints() throws IOException {
        assertThat(shown("a\u202Eb\rc\u001B[2J")).isEqualTo("a<U+202E>b<U+000D>c<U+001B>[2J");
        assertThat(shown("smuggled \uDB40\uDC41")).isEqualTo("smuggled <U+E0041>");
    }

    @Test
    void anEmojiKeepsItsJoinerAsTheWindowDoes() throws IOException {
        assertThat(shown("coder \uD83D\uDC69\u200D\uD83D\uDCBB\n")).isEqualTo("coder \uD83D\uDC69\u200D\uD83D\uDCBB\n");
        assertThat(shown("Latin\u200Djoined")).isEqualTo("Latin<U+200D>joined");
    }
}
