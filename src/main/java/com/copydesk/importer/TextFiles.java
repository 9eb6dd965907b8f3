package com.copydesk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reading a whole one-record text file (a page, a Markdown file) within a size limit. */
final class TextFiles {
    private TextFiles() {
    }

    /** The text with a byte order mark dropped and CRLF turned into LF; null when over the limit. */
    static String readBounded(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
