package com.copydesk.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** COPY's text format, as {@code copy-store} writes a team store's rows: nothing a value holds can end a field or a row. */
class PgCopyInTest {
    private static String text(Object value) {
        StringBuilder out = new StringBuilder();
        PgCopyIn.value(out, value);
        return out.toString();
    }

    @Test
    void separatorsAndBackslashesAreEscapedNullAndBytesHaveTheirOwnForms() {
        assertThat(text("a\tb\nc\r\\d")).isEqualTo("a\\tb\\nc\\r\\\\d");
        assertThat(text(null)).isEqualTo("\\N");
        assertThat(text("\\N")).as("the text \\N is not null").isEqualTo("\\\\N");
        assertThat(text(new byte[] {0x0a, (byte) 0xff})).isEqualTo("\\\\x0aff");
        assertThat(text(42L)).isEqualTo("42");
        assertThat(text("Café 東京")).isEqualTo("Café 東京");
    }
}
