package com.copydesk.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's paired shortcodes written with angle brackets ({@code {{< code-toggle file=hugo >}}} …
 * {@code {{< /code-toggle >}}}) as the code blocks they are: Hugo hands what is between them to
 * the shortcode as it is, not as Markdown, and its own docs show configuration, templates and
 * globs that way. Read as prose, they were cut-off paragraphs, stray bold markers ({@code **} of
 * a glob), copies with small edits and {@code {{ .Date }}} slots. Each of the two lines becomes a
 * fence, so every line keeps its number. The percent form ({@code {{% note %}}}) holds Markdown
 * and stays prose; lines inside fenced code stay as they are.
 */
final class ShortcodeBlocks {
    private static final Pattern OPENING = Pattern.compile("[ \\t]{0,3}\\{\\{<\\s*([\\w.-]+)(?:\\s[^\\n]*?)?\\s*>\\}\\}\\s*");
    private static final Pattern CLOSING = Pattern.compile("[ \\t]{0,3}\\{\\{<\\s*/\\s*([\\w.-]+)\\s*>\\}\\}\\s*");

    private ShortcodeBlocks() {
    }

    static String asCode(String source) {
        if (!source.contains("{{<")) {
            return source; // most bodies
        }
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        CodeFences code = new CodeFences();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (code.inCode(line)) {
                continue;
            }
            Matcher open = OPENING.matcher(line);
            if (!open.matches()) {
                continue;
            }
            int close = closing(lines, i + 1, open.group(1));
            if (close > 0) {
                lines.set(i, "```");
                lines.set(close, "```");
                i = close;
            }
        }
        return String.join("\n", lines);
    }

    /** The line that closes the shortcode {@code name}, before any fence or the end; -1 if none. */
    private static int closing(List<String> lines, int from, String name) {
        for (int j = from; j < lines.size(); j++) {
            String line = lines.get(j);
            if (CodeFences.isMarker(line)) {
                return -1; // a fence inside: left as Markdown rather than risk unbalancing it
            }
            Matcher close = CLOSING.matcher(line);
            if (close.matches()) {
                return close.group(1).equals(name) ? j : -1;
            }
        }
        return -1;
    }
}
