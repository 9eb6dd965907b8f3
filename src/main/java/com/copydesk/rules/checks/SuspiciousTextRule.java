package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.HiddenCharacters;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.BodyFacts;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Text that can hide or run something. Hidden characters (controls, bidirectional overrides,
 * zero-width characters, tag characters) are found anywhere in the title and body, code included:
 * "Trojan Source" hides them in code. Script is found only where a site that renders the body
 * would run it, read with the renderer's own Markdown parser ({@link BodyFacts}): raw HTML with an
 * event attribute ({@code on…=}), a scripting element ({@code <script>}, {@code <iframe>},
 * {@code <object>}, {@code <embed>}, …), a {@code javascript:}, {@code vbscript:} or {@code data:}
 * URL (in an attribute, a link or an image), entities and tabs in them decoded as a browser does.
 * HTML shown in a code span or a code block is text, and so are the words "JavaScript: the good
 * parts" in prose.
 */
public record SuspiciousTextRule(Severity severity) implements Rule {
    public static final String ID = "suspicious-text";
    public static final RuleScope SCOPE = RuleScope.CONTENT;

    /** How many problems of one field a finding names at most: enough to fix them, not a page. */
    private static final int MOST_NAMED = 3;

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
        List<Active> active = new ArrayList<>();
        for (BodyFacts.HtmlAt html : context.body().htmlAt()) {
            LiveHtml.activeParts(html.html()).forEach(found -> active.add(new Active(found, html.line())));
        }
        for (BodyFacts.HtmlAt text : context.body().tagsInText()) {
            LiveHtml.activeParts(text.html()).forEach(found -> active.add(new Active(found, text.line())));
        }
        for (BodyFacts.BodyLink url : context.body().links()) {
            String scheme = LiveHtml.activeScheme(url.url());
            if (scheme != null) {
                active.add(new Active("a " + scheme + " link", url.line()));
            }
        }
        if (!active.isEmpty()) {
            problems.add("the body has active HTML: " + active.stream().sorted(Comparator.comparingInt(Active::line))
                    .limit(MOST_NAMED).map(a -> a.what() + " at line " + a.line()).collect(Collectors.joining(", ")));
        }
        return problems.isEmpty() ? List.of() : List.of(new Finding(ID, severity, String.join("; ", problems)));
    }

    /** One thing that would run, and the line it is on: the evidence names the first few in reading order. */
    private record Active(String what, int line) {
    }

    /**
     * Names the first few hidden characters of a field, each kind once: an editor who removes one
     * should not be surprised that the finding stays for the next.
     */
    private static void hiddenCharacters(String field, String text, List<String> problems) {
        if (text == null) {
            return;
        }
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < text.length() && kinds.size() < MOST_NAMED; ) {
            char ch = text.charAt(i);
            if (ch >= 0x20 && ch < 0x7F) {
                i++; // printable ASCII: by far the most text, and never suspicious
                continue;
            }
            int cp = text.codePointAt(i);
            // a body has lines and may have tabs; a title is one line, so a line break or tab in it is hidden structure
            String kind = field.equals("title") && (cp == '\n' || cp == '\r' || cp == '\t') ? "a control character"
                    : HiddenCharacters.kindAt(text, i);
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
