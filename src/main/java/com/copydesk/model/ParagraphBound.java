package com.copydesk.model;

/**
 * Guards the Markdown parser against one enormous paragraph. commonmark-java copies the lines of
 * the paragraph it is in for every further line it reads (to see whether a list may start), so a
 * body of 200,000 short lines without a blank one took minutes to parse. No real draft has a
 * paragraph of a thousand lines; a body that does gets a blank line after each thousand, which
 * keeps its text and makes parsing linear again.
 */
public final class ParagraphBound {
    /** The most lines a paragraph may run to before it is broken. */
    public static final int MAX_LINES = 1000;

    private ParagraphBound() {
    }

    public static String apply(String body) {
        if (body == null || !hasLongRun(body)) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length() + body.length() / 1000);
        int run = 0;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            int next = end < 0 ? body.length() : end + 1;
            boolean blank = isBlank(body, start, end < 0 ? body.length() : end);
            run = blank ? 0 : run + 1;
            if (run > MAX_LINES) {
                out.append('\n');
                run = 1;
            }
            out.append(body, start, next);
            start = next;
        }
        return out.toString();
    }

    private static boolean hasLongRun(String body) {
        int run = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            run = isBlank(body, start, end) ? 0 : run + 1;
            if (run > MAX_LINES) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
