package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.HiddenCharacters;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that can hide or run something: control characters, bidirectional overrides and
 * zero-width characters in the title or body, and raw HTML that executes or loads ({@code <script>},
 * {@code <iframe>}, {@code <img>}, {@code javascript:} links) in the body.
 */
public record SuspiciousTextRule(Severity severity) implements Rule {
    public static final String ID = "suspicious-text";
    public static final RuleScope SCOPE = RuleScope.CONTENT;

    /** How many problems of one field a finding names at most: enough to fix them, not a page. */
    private static final int MOST_NAMED = 3;

    private static final Pattern ACTIVE_HTML = Pattern.compile("(?i)<\\s*(script|iframe|img)\\b|javascript\\s*:");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleScope scope() {
        return SCOPE;
    }

    @Override
    public List<Finding> check(Draft draft, RuleContext context) {
        List<String> problems = new ArrayList<>();
        hiddenCharacters("title", draft.title(), problems);
        hiddenCharacters("body", draft.body(), problems);
        // The pattern is costly over a whole body; most bodies hold neither '<' nor "javascript".
        Matcher html = mayHoldActiveHtml(draft.body()) ? ACTIVE_HTML.matcher(draft.body()) : null;
        List<String> active = new ArrayList<>();
        while (html != null && active.size() < MOST_NAMED && html.find()) {
            active.add("\"" + html.group().strip() + "\" at line " + lineOf(draft.body(), html.start()));
        }
        if (!active.isEmpty()) {
            problems.add("the body has active HTML: " + String.join(", ", active));
        }
        return problems.isEmpty() ? List.of() : List.of(new Finding(ID, severity, String.join("; ", problems)));
    }

    private static boolean mayHoldActiveHtml(String body) {
        if (body.indexOf('<') >= 0) {
            return true;
        }
        for (int i = 0; i + 10 <= body.length(); i++) {
            char ch = body.charAt(i);
            if ((ch == 'j' || ch == 'J') && body.regionMatches(true, i, "javascript", 0, 10)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names the first few hidden characters of a field, each kind once: an editor who removes one
     * should not be surprised that the finding stays for the next.
     */
    private static void hiddenCharacters(String field, String text, List<String> problems) {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (int i = 0; i < text.length() && kinds.size() < MOST_NAMED; ) {
            char ch = text.charAt(i);
            if (ch >= 0x20 && ch < 0x7F) {
                i++; // printable ASCII: by far the most text, and never suspicious
                continue;
            }
            int cp = text.codePointAt(i);
            // a body has lines and may have tabs; a title is one line, so a line break or tab in it is hidden structure
            String kind = field.equals("title") && (cp == '\n' || cp == '\r' || cp == '\t') ? "a control character"
                    : HiddenCharacters.kind(cp);
            if (kind != null && kinds.add(kind + cp)) {
                problems.add("the " + field + " has " + kind + " U+" + String.format(Locale.ROOT, "%04X", cp) + " ("
                        + Character.getName(cp) + ") at " + (field.equals("body") ? "line " + lineOf(text, i)
                        : "character " + (text.codePointCount(0, i) + 1)));
            }
            i += Character.charCount(cp);
        }
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
