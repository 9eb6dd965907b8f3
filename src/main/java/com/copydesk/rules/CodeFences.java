package com.copydesk.rules;

/**
 * Follows fenced code through a body line by line, as CommonMark reads it: a fence of three or
 * more backticks or tildes, indented at most three spaces, closed by a run of the same character
 * at least as long with nothing after it. For the passes that rewrite a site's own syntax before
 * parsing ({@link ContainerFences}, {@link ShortcodeBlocks}): what is inside code is shown, and
 * stays as written.
 */
final class CodeFences {
    private char fence;
    private int length;

    /** Reads the next line; whether it opens, closes or lies inside fenced code. */
    boolean inCode(String line) {
        if (!isMarker(line)) {
            return fence != 0;
        }
        String stripped = line.stripLeading();
        char c = stripped.charAt(0);
        int n = run(stripped, c);
        if (fence == 0) {
            fence = c;
            length = n;
        } else if (c == fence && n >= length && stripped.substring(n).isBlank()) {
            fence = 0;
        }
        return true;
    }

    /** Whether a line is a fence's marker line (an opening or a closing one). */
    static boolean isMarker(String line) {
        String stripped = line.stripLeading();
        return line.length() - stripped.length() <= 3 && (stripped.startsWith("```") || stripped.startsWith("~~~"));
    }

    static int run(String text, char c) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == c) {
            n++;
        }
        return n;
    }
}
