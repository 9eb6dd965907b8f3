package com.copydesk.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Lines export writes a stored body as a JSON string straight from its UTF-8 bytes; the
 * bytes must be the ones Jackson's generator writes for the same text, whatever it holds.
 */
class EscapedBodyTest {
    private final JsonFactory factory = new JsonFactory();

    @Test
    void everyAsciiCharacterAndTextBeyondItIsEscapedAsTheGeneratorEscapesIt() throws Exception {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            every.append(c).append('x');
        }
        every.append("é 日本 \uD83D\uDE00 \u2028 \u2029 \u007F </script> \\\" \"");
        assertSame(every.toString());
        assertSame("");
        assertSame("\"");
        assertSame("plain");
    }

    @Test
    void randomTextsGiveTheGeneratorsBytes() throws Exception {
        Random random = new Random(14);
        char[] alphabet = "ab \"\\\n\t\r\b\f\u0000\u0001\u001f\u007fé日\u2028".toCharArray();
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                if (random.nextInt(20) == 0) {
                    text.append("\uD83D\uDE00");
                } else {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
            }
            assertSame(text.toString());
        }
    }

    private void assertSame(String text) throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(expected)) {
            g.writeString(text);
        }
        JsonLinesRenderer.Line line = new JsonLinesRenderer.Line(4);
        line.writeEscaped(text.getBytes(StandardCharsets.UTF_8));
        assertThat(line.toByteArray()).as(text).isEqualTo(expected.toByteArray());
    }
}
