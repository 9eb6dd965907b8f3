package com.copydesk.rules.checks;

/**
 * Where a text mentions words instead of saying them: inside double quotes, in a block quote, in
 * code. An article about chat models quotes "As an AI language model" and shows {@code turn0search3}
 * in a code span; a chatbot's own leftover is neither quoted nor shown. Read only where a phrase or
 * a pattern was found, so a draft without one pays nothing.
 */
final class Mentioned {
    /** Matches looked at before giving up: each look reads the body up to the match, so a body of shown matches stays linear. */
    static final int MOST_TRIES = 20;

    private Mentioned() {
    }

    /** Whether {@code index} of a block's normalised prose lies between double quotes (an odd count of them before it). */
    static boolean inQuotes(String normalised, int index) {
        int quotes = 0;
        for (int i = 0; i < index && i < normalised.length(); i++) {
            if (normalised.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1 && normalised.indexOf('"', index) >= 0;
    }

    /** Words that say a quoted slot is talked about, not left in: "a literal "[Your Name]"", "starts with "Hi {{first_name}},"". */
    private static final java.util.regex.Pattern TALKED_ABOUT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:literal(?:ly)?|placeholders?|templates?|variables?|merge fields?|unfilled|filled in|fill in|tokens?"
                    + "|mustache|handlebars|jinja|liquid|syntax|starts with|such as|for example|e\\.g\\.)");

    /**
     * Whether {@code index} of a block's prose is inside double quotes (straight or curly) in a
     * sentence that talks about such text ({@link #TALKED_ABOUT}): an article about templates
     * quotes the "{{first_name}}" it warns of. A slot left in quotes ("As Jane put it:
     * "[CUSTOMER QUOTE]"") has no such words around it and still counts.
     */
    static boolean quotedAsExample(String prose, int index) {
        int open = openingQuote(prose, 0, index);
        if (open < 0) {
            return false;
        }
        int close = -1;
        for (int i = index; i < prose.length() && close < 0; i++) {
            char c = prose.charAt(i);
            if (c == '"' || c == '\u201D') {
                close = i;
            }
        }
        if (close < 0) {
            return false;
        }
        int start = Math.max(Math.max(prose.lastIndexOf(". ", open), prose.lastIndexOf("! ", open)),
                Math.max(prose.lastIndexOf("? ", open), prose.lastIndexOf('\n', open)));
        int end = prose.indexOf(". ", close);
        String sentence = prose.substring(Math.max(0, start), end < 0 ? prose.length() : end);
        return TALKED_ABOUT.matcher(sentence).find();
    }

    /** Whether 1-based {@code line} of the body opens a block quote ({@code > …}). */
    static boolean isBlockQuote(String body, int line) {
        int start = lineStart(body, line);
        if (start < 0) {
            return false;
        }
        int i = start;
        while (i < body.length() && i - start < 4 && body.charAt(i) == ' ') {
            i++;
        }
        return i < body.length() && body.charAt(i) == '>';
    }

    /**
     * Whether {@code offset} of the body is inside code: a fenced block (``` or ~~~ open before
     * it) or a code span of its line (an odd count of backticks before it on the line).
     */
    static boolean inCode(String body, int offset) {
        boolean fenced = false;
        int lineStart = 0;
        while (lineStart <= offset && lineStart < body.length()) {
            int end = body.indexOf('\n', lineStart);
            if (end < 0) {
                end = body.length();
            }
            if (offset <= end) {
                break;
            }
            String line = body.substring(lineStart, end).stripLeading();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
            }
            lineStart = end + 1;
        }
        if (fenced) {
            return true;
        }
        int ticks = 0;
        for (int i = lineStart; i < offset; i++) {
            if (body.charAt(i) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }

    /**
     * Whether {@code offset} of the body is mentioned rather than said: in code, on a block quote's
     * line, or after an odd count of double quotes on its line.
     */
    static boolean quotedOrShown(String body, int offset) {
        if (inCode(body, offset)) {
            return true;
        }
        int start = body.lastIndexOf('\n', offset - 1) + 1;
        int i = start;
        while (i < offset && body.charAt(i) == ' ') {
            i++;
        }
        if (i < offset && body.charAt(i) == '>') {
            return true;
        }
        return openingQuote(body, start, offset) >= 0;
    }

    /**
     * Where the quotation that {@code index} stands in opens, reading from {@code from} (straight
     * and curly double quotes alike, each one opening or closing): -1 after an even count of them.
     */
    private static int openingQuote(String text, int from, int index) {
        int open = -1;
        for (int j = from; j < index && j < text.length(); j++) {
            char ch = text.charAt(j);
            if (ch == '"' || ch == '\u201C' || ch == '\u201D') {
                open = open < 0 ? j : -1;
            }
        }
        return open;
    }

    private static int lineStart(String body, int line) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            start = body.indexOf('\n', start) + 1;
            if (start == 0) {
                return -1;
            }
        }
        return start;
    }
}
