package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.BodyFacts.BodyLink;
import com.copydesk.rules.BodyFacts.TextBlock;
import com.copydesk.rules.Patterns;
import com.copydesk.rules.Phrases;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text the generator was meant to fill in and did not: lorem ipsum, {@code [INSERT EXAMPLE]},
 * {@code [Your Name]}, {@code TODO}/{@code TBD}/{@code FIXME} in prose, {@code {{product_name}}},
 * {@code <placeholder>}, "(link here)", a link whose target is "url" or nothing. Only prose is
 * read: a programming site shows Jinja, Handlebars and Go templates and {@code // TODO} comments
 * in code blocks and code spans, and those are the article, not leftovers.
 */
public final class PlaceholderRule implements Rule {
    public static final String ID = "placeholder";
    public static final RuleScope SCOPE = RuleScope.CONTENT;

    private static final int MOST_NAMED = 3;
    /** A template variable in capitals between double underscores ({@code __NAME__}; Python's {@code __init__} is lower case). */
    private static final Pattern UNDERSCORE_SLOT = Pattern.compile("(?<![\\w])__[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*__(?![\\w])");

    /** A macro called with arguments ({@code {{jsxref("Array")}}}, {@code {{EmbedLiveSample('x')}}}): the page uses macros. */
    private static final Pattern MACRO_CALL = Pattern.compile("\\{\\{\\s*[A-Za-z][\\w-]*\\s*\\(");
    private static final Pattern MACRO = Pattern.compile("\\{\\{[^{}\\n]{1,200}\\}\\}");
    private static final Pattern TAG_NAME = Pattern.compile("<([A-Za-z][\\w.:-]*)");

    /** Words of filler Latin a prose block must hold, and share of its words they must be, to be filler ("Praesent commodo cursus magna"). */
    private static final int FILLER_WORDS = 4;

    private final Severity severity;
    private final Phrases phrases;
    private final Patterns patterns;
    private final Pattern linkTargets;
    /** The filler words, normalised; looked for with the phrases (from index {@link #fillerFrom} of the literals) in the same pass. */
    private final Set<String> filler;
    private final int fillerFrom;

    /**
     * @param linkTargets what a link's whole target is when the writer never put one in ("url", "link here", nothing)
     */
    public PlaceholderRule(Severity severity, List<String> phrases, List<Pattern> patterns, Pattern linkTargets) {
        this(severity, phrases, patterns, linkTargets, List.of());
    }

    /**
     * @param fillerWords the words of filler Latin (lorem ipsum's and its generators'), none an
     *                    English word: a prose block mostly made of them is filler in any order
     */
    public PlaceholderRule(Severity severity, List<String> phrases, List<Pattern> patterns, Pattern linkTargets,
            List<String> fillerWords) {
        this.severity = severity;
        this.patterns = new Patterns(patterns);
        this.filler = new HashSet<>();
        fillerWords.forEach(w -> this.filler.add(Phrases.normalise(w)));
        List<String> literals = new ArrayList<>(this.patterns.literals());
        this.fillerFrom = literals.size();
        literals.addAll(this.filler);
        this.phrases = new Phrases(phrases, literals);
        this.linkTargets = linkTargets;
    }

    /**
     * Whether normalised prose is filler Latin: at least {@link #FILLER_WORDS} of its words are
     * filler words, and they are at least half of its words (a sentence about lorem ipsum that
     * quotes three of its words is English).
     */
    private boolean isFiller(String normalised, boolean[] literals) {
        if (literals == null || filler.isEmpty()) {
            return false;
        }
        int seen = 0;
        for (int i = fillerFrom; i < literals.length; i++) {
            if (literals[i]) {
                seen++;
            }
        }
        if (seen < FILLER_WORDS) {
            return false; // the common case, decided by the pass that found the phrases
        }
        int words = 0;
        int latin = 0;
        int i = 0;
        while (i < normalised.length()) {
            while (i < normalised.length() && !Character.isLetter(normalised.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < normalised.length() && Character.isLetter(normalised.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                if (filler.contains(normalised.substring(start, i))) {
                    latin++;
                }
            }
        }
        return latin >= FILLER_WORDS && latin * 2 >= words;
    }

    /**
     * Whether raw HTML may be a slot written as a tag ({@code <placeholder>}, {@code <PRODUCT>} of
     * {@code <<PRODUCT>>}): one tag, not a comment (Hugo's and VitePress' pages hold
     * {@code <!-- TODO -->} notes no reader sees), not an element the body closes again
     * (react.dev's {@code <RSC>…</RSC>} badge, VitePress' {@code <div>{{ picked }}</div>} demo).
     */
    static boolean isSlotTag(String html, String body) {
        String tag = html.strip();
        if (tag.startsWith("<!--") || tag.startsWith("</")) {
            return false;
        }
        Matcher name = TAG_NAME.matcher(tag);
        return !(name.lookingAt() && body != null && body.contains("</" + name.group(1) + ">"));
    }

    private static String withoutMacros(String text) {
        if (!text.contains("{{")) {
            return text;
        }
        Matcher m = MACRO.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start()).append(" ".repeat(m.end() - m.start())); // positions kept for the evidence
            at = m.end();
        }
        return out.append(text, at, text.length()).toString();
    }

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
        Evidence found = new Evidence(MOST_NAMED);
        found.scan(draft.title(), "in the title", phrases, patterns);
        found.scan(draft.summary(), "in the summary", phrases, patterns);
        String body = draft.body();
        // a page written with macros (MDN's {{jsxref("Array")}}) has {{Compat}} and {{Specifications}} as macros too
        boolean macros = body != null && body.contains("{{") && MACRO_CALL.matcher(body).find();
        List<TextBlock> blocks = context.body().blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (found.isFull()) {
                break;
            }
            TextBlock block = blocks.get(b);
            if (block.isProse() && !block.isTable()) { // a table's "TBD" cell is a date not yet set, in published schedules too
                String prose = block.prose();
                String normalised = context.body().normalisedProse(b);
                if (macros) {
                    prose = withoutMacros(prose);
                    normalised = withoutMacros(normalised);
                }
                String text = prose;
                found.scan(prose, normalised, "in the body at line " + block.line(), phrases, patterns,
                        at -> Mentioned.quotedAsExample(text, at));
                if (isFiller(normalised, found.lastLiterals())) {
                    found.add("filler Latin (\"" + Phrases.quote(block.prose(), 40) + "\") in the body at line " + block.line());
                }
            }
        }
        for (String html : context.body().html()) {
            // <placeholder> and <your name> parse as tags, so they are HTML to the parser, not prose
            if (html.length() < 80 && isSlotTag(html, body)) {
                found.scan(html, "in the body", phrases, patterns);
            }
        }
        if (!found.isFull() && body != null && body.contains("__")) {
            // __NAME__ parses as strong emphasis (NAME in bold), so the prose no longer shows it: read the source, not its code
            Matcher m = UNDERSCORE_SLOT.matcher(body);
            // (a few looks only: a page of them in code must not make the look-up quadratic)
            for (int tries = 0; tries < Mentioned.MOST_TRIES && m.find(); tries++) {
                if (!Mentioned.inCode(body, m.start())) {
                    found.add("\"" + m.group() + "\" in the body at line " + Phrases.lineOf(body, m.start()));
                    break;
                }
            }
        }
        for (BodyLink link : context.body().links()) {
            if (!link.image() && linkTargets.matcher(link.url().strip()).matches()) {
                found.add("a link to \"" + link.url() + "\" in the body at line " + link.line());
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(ID, severity, "placeholder text left in: " + String.join(", ", found.list())));
    }
}
