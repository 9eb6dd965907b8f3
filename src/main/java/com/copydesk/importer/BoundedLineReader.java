package com.copydesk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than one line, and never more than
 * {@code maxLineBytes} of it: a longer line is reported as too long and skipped, so one hostile
 * line cannot exhaust the heap. Accepts LF and CRLF endings and drops a UTF-8 byte order mark.
 */
final class BoundedLineReader {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[4096];
    private int lineLen;
    private int lineNumber;
    private boolean tooLong;
    private boolean eof;

    BoundedLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        if (eof && chunkPos >= chunkLen) {
            return false;
        }
        lineLen = 0;
        tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (chunkPos >= chunkLen) {
                chunkLen = in.read(chunk, 0, CHUNK);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    eof = true;
                    if (!sawAny) {
                        return false;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = chunkPos;
            int newline = -1;
            for (int i = start; i < chunkLen; i++) {
                if (chunk[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? chunkLen : newline;
            append(start, end - start);
            chunkPos = newline < 0 ? chunkLen : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        if (!tooLong && lineLen > 0 && line[lineLen - 1] == '\r') {
            lineLen--;
        }
        if (lineNumber == 1 && lineLen >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            System.arraycopy(line, 3, line, 0, lineLen - 3);
            lineLen -= 3;
        }
        return true;
    }

    private void append(int from, int length) {
        if (tooLong || length == 0) {
            return;
        }
        if (lineLen + length > maxLineBytes) {
            tooLong = true;
            lineLen = 0;
            return;
        }
        if (lineLen + length > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLen + length)));
        }
        System.arraycopy(chunk, from, line, lineLen, length);
        lineLen += length;
    }

    int lineNumber() {
        return lineNumber;
    }

    boolean tooLong() {
        return tooLong;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return lineLen;
    }

    boolean isBlank() {
        for (int i = 0; i < lineLen; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    String text() {
        return new String(line, 0, lineLen, StandardCharsets.UTF_8);
    }
}
