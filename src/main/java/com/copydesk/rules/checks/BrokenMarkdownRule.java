package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.BodyFacts.BlockKind;
import com.copydesk.rules.BodyFacts.TextBlock;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown that will not render as the writer meant: a code fence never closed (the rest of the
 * article becomes code), a link whose brackets do not pair up ({@code [text](url} or
 * {@code text](url)}), bold markers left over ({@code **}), a heading more than one level below
 * the one before ({@code ##} then {@code ####}; under a {@code #} title any level may come), and a heading marker without its space
 * ({@code ##Heading}), which renders as a paragraph of hashes. Read from what the parser made of
 * the body, so code blocks and code spans are never taken for broken prose.
 */
public record BrokenMarkdownRule(Severity severity) implements Rule {
    public static final String ID = "broken-markdown";
    public static final RuleScope SCOPE = RuleScope.CONTENT;

    private static final int MOST_NAMED = 3;

    /** What is left of a link the parser could not read: "](" in text, or "[words](http" without its "]". */
    private static final Pattern BROKEN_LINK = Pattern.compile("\\]\\(|\\[[^\\]\\n]{1,200}\\((?:https?://|/|#)");
    /** A heading marker glued to its words; one "#" only when a short capitalised line follows (not "#hashtag" nor a colour). */
    private static final Pattern GLUED_HEADING = Pattern.compile(
            "(?m)^[ ]{0,3}(#{2,6}[^\\s#].*|#(?![0-9A-Fa-f]{3,8}\\b)[A-Z][\\w-]*(?:[ ][\\w-]+){0,6})$");

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
        List<String> found = new ArrayList<>();
        int previousLevel = 0;
        // A page of many headings (a reference: one per option or field) treats heading levels as type
        // sizes (a "#####" note, a "######" label); a jump is a broken outline only on a page of few
        // headings, as articles are.
        boolean flat = context.body().sections().size() <= EmptySectionRule.REFERENCE_HEADINGS;
        for (TextBlock block : context.body().blocks()) {
            if (found.size() >= MOST_NAMED) {
                break;
            }
            switch (block.kind()) {
                case CODE -> {
                    if (!block.closed()) {
                        found.add("the code fence opened at line " + block.line() + " is never closed");
                    }
                }
                case HEADING -> {
                    // under the page's title (a level 1 heading) any level may follow: READMEs go from # to ###
                    if (flat && previousLevel > 1 && block.level() > previousLevel + 1 && !isSentence(block.text())) {
                        found.add("the heading \"" + block.text() + "\" at line " + block.line() + " is level " + block.level()
                                + " under a level " + previousLevel + " heading");
                    }
                    previousLevel = block.level();
                }
                case HTML -> {
                    // A component's or container's own tag (MDX's <DeepDive>, <details>, their closing
                    // tags) starts a box whose headings are its own, set at whatever level suits it:
                    // the outline begins again after it (react.dev puts "####" under "##" in every box).
                    if (isContainerTag(block.text())) {
                        previousLevel = 0;
                    }
                }
                case PARAGRAPH, ITEM -> {
                    if (!block.isTable()) {
                        prose(block, found);
                    }
                }
                default -> {
                }
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(ID, severity, "broken Markdown: " + String.join("; ", found.subList(0, Math.min(MOST_NAMED, found.size())))));
    }

    private static void prose(TextBlock block, List<String> found) {
        String prose = block.prose();
        if (prose.indexOf('#') >= 0 && block.kind() == BlockKind.PARAGRAPH) {
            Matcher glued = GLUED_HEADING.matcher(prose);
            if (glued.find()) {
                found.add("a heading without a space after its marker at line " + (block.line() + lineIndex(prose, glued.start()))
                        + ": \"" + shorten(glued.group().strip()) + "\"");
                return;
            }
        }
        if (prose.indexOf('(') >= 0 || prose.indexOf(']') >= 0) {
            Matcher link = BROKEN_LINK.matcher(prose);
            if (link.find()) {
                found.add("a link whose brackets do not pair up at line " + block.line() + ": \"" + around(prose, link.start()) + "\"");
                return;
            }
        }
        int bold = prose.indexOf("**");
        if (bold >= 0) {
            found.add("bold markers (**) that do not pair up at line " + block.line() + ": \"" + around(prose, bold) + "\"");
        }
    }

    /**
     * A block that is one opening or closing tag alone, as a component's or container's are; not
     * an element that holds nothing ({@code <img>}, {@code <br>}, one closed by {@code />}).
     */
    private static boolean isContainerTag(String html) {
        String tag = html.strip();
        Matcher m = CONTAINER_TAG.matcher(tag);
        return m.matches() && !tag.endsWith("/>") && !VOID_ELEMENTS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> VOID_ELEMENTS = java.util.Set.of("area", "base", "br", "col", "embed", "hr",
            "img", "input", "link", "meta", "source", "track", "wbr");

    private static final Pattern CONTAINER_TAG = Pattern.compile("</?([A-Za-z][\\w.:-]*)(\\s[^<>]*)?>");

    /**
     * A heading that is a whole sentence is a note set in a heading's type, and one word an
     * option's name set small ("#### ignoreSpaces" under "## Options"): neither is a level of the outline.
     */
    private static boolean isSentence(String heading) {
        String text = heading.strip();
        int words = text.split("\\s+").length;
        return text.endsWith(".") || words > 10 || words == 1; // one word: an option's name, set small
    }

    private static int lineIndex(String text, int index) {
        int lines = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "\u2026";
    }

    private static String around(String text, int index) {
        int from = Math.max(0, index - 25);
        int to = Math.min(text.length(), index + 35);
        return (from > 0 ? "\u2026" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "\u2026" : "");
    }
}
