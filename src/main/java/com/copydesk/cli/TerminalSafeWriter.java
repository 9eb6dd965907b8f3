package com.copydesk.cli;

import com.copydesk.model.HiddenCharacters;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text for people on a terminal, from untrusted drafts: control characters (escape sequences
 * could rewrite the terminal), carriage returns (which overwrite a line), bidirectional controls
 * and zero-width characters (which hide or reorder text) are shown as {@code <U+XXXX>}. Line feeds
 * and tabs pass. Machine output ({@code --json}) does not go through this: it stays exact.
 */
final class TerminalSafeWriter extends FilterWriter {
    TerminalSafeWriter(Writer out) {
        super(out);
    }

    /**
     * A value in a line of tab-separated fields: a line feed or a tab inside it would break the
     * line or shift the columns, so it is shown as {@code <U+000A>} or {@code <U+0009>} too.
     */
    static String field(String text) {
        if (text == null || text.indexOf('\n') < 0 && text.indexOf('\t') < 0) {
            return text;
        }
        return text.replace("\n", "<U+000A>").replace("\t", "<U+0009>");
    }

    /** A carriage return is text to a draft, but on a terminal it overwrites the line. */
    static boolean unsafe(char c) {
        return c == '\r' || HiddenCharacters.isHidden(c);
    }

    @Override
    public void write(int c) throws IOException {
        if (unsafe((char) c)) {
            out.write(String.format("<U+%04X>", c));
        } else {
            out.write(c);
        }
    }

    /**
     * Judged by code point and in context, as the window does ({@link HiddenCharacters#kindAt}):
     * the joiner inside an emoji passes; a character whose context is cut by the end of the
     * buffer is judged without it, which only shows more.
     */
    @Override
    public void write(char[] buffer, int off, int len) throws IOException {
        CharSequence text = java.nio.CharBuffer.wrap(buffer, off, len);
        int start = 0;
        for (int i = 0; i < len; ) {
            int cp = Character.codePointAt(text, i);
            int next = i + Character.charCount(cp);
            if (cp == '\r' || HiddenCharacters.isHiddenAt(text, i)) {
                out.write(buffer, off + start, i - start);
                out.write(String.format("<U+%04X>", cp));
                start = next;
            }
            i = next;
        }
        out.write(buffer, off + start, len - start);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        write(text.toCharArray(), off, len);
    }
}
