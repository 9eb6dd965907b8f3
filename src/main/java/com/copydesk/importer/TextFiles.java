package com.copydesk.importer;

import com.copydesk.interchange.DraftLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reading a whole one-record text file (a page, a Markdown file) within a size limit. */
final class TextFiles {
    private TextFiles() {
    }

    /**
     * The text of a one-record file, or null when it is over the limit, which is then reported to
     * the sink as the file's rejection: what every reader of a whole file does first.
     */
    static String readRecord(InputStream in, DraftLimits limits, String file, RecordSink sink) throws IOException {
        String text = readBounded(in, limits.maxRecordBytes());
        if (text == null) {
            sink.accept(ReadResult.rejected(file, null, null,
                    "the file is larger than " + limits.maxRecordBytes() / DraftLimits.MB + " MB"));
        }
        return text;
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
