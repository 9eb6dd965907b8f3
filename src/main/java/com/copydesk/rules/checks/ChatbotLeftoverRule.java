package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.BodyFacts.BlockKind;
import com.copydesk.rules.BodyFacts.TextBlock;
import com.copydesk.rules.Patterns;
import com.copydesk.rules.Phrases;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a chatbot said to the person who prompted it, left in the article: refusals and "as an AI
 * language model", knowledge-cutoff notes, "Certainly! Here is…", "I hope this helps", offers to
 * do more, and the citation markup chat interfaces leave behind ({@code turn0search0},
 * {@code :contentReference[oaicite:2]{index=2}}, {@code 【4†source】}). No reader should ever see
 * them, so the default is {@code block}. Phrases are matched in the prose of the title, summary
 * and body (a code block that prints "I hope this helps" is shown, not said; a phrase in double
 * quotes or a block quote is quoted, not said); the citation patterns anywhere but in code, since
 * no program writes them and an article about them shows them as code.
 */
public final class ChatbotLeftoverRule implements Rule {
    public static final String ID = "chatbot-leftover";
    public static final RuleScope SCOPE = RuleScope.CONTENT;

    /** Enough evidence to find and fix them; more would be a page. */
    private static final int MOST_NAMED = 3;

    /** Paragraphs at each end of the body where a reply wraps the article. */
    private static final int EDGE_PARAGRAPHS = 2;

    private final Severity severity;
    private final Phrases phrases;
    private final Patterns patterns;
    private final ReplyCues replies;
    /** Where the reply cues' literals start among the literals {@link #phrases} looks for. */
    private final int cueLiteralsFrom;

    public ChatbotLeftoverRule(Severity severity, List<String> phrases, List<Pattern> patterns) {
        this(severity, phrases, patterns, Map.of());
    }

    /**
     * @param replyCues the rule file's {@code reply_cues}: what tells a reply wrapped around the
     *                  article ({@link ReplyCues}), by kind of cue
     */
    public ChatbotLeftoverRule(Severity severity, List<String> phrases, List<Pattern> patterns, Map<String, Object> replyCues) {
        this.severity = severity;
        this.patterns = new Patterns(patterns);
        this.replies = new ReplyCues(ID, replyCues);
        // the cues' literals in the phrases' pass too: a block is read once for all three
        List<String> literals = new ArrayList<>(this.patterns.literals());
        this.cueLiteralsFrom = literals.size();
        literals.addAll(this.replies.literals());
        this.phrases = new Phrases(phrases, literals);
    }

    /**
     * Whether a self-description ("as a language model") is the first half of a compound that
     * names a person or a thing: "as a language model researcher, she …", "act as a large
     * language model evaluator".
     */
    private static boolean isCompound(String normalised, Phrases.Match m) {
        if (!m.phrase().startsWith("as a")) {
            return false;
        }
        int at = m.index() + m.phrase().length();
        if (at >= normalised.length() || normalised.charAt(at) != ' ') {
            return false;
        }
        int end = at + 1;
        while (end < normalised.length() && Character.isLetter(normalised.charAt(end))) {
            end++;
        }
        return COMPOUND_NOUNS.contains(normalised.substring(at + 1, end));
    }

    private static final java.util.Set<String> COMPOUND_NOUNS = java.util.Set.of("researcher", "researchers", "evaluator",
            "evaluators", "engineer", "engineers", "developer", "developers", "expert", "experts", "company", "team", "startup",
            "lab", "provider", "providers", "vendor", "vendors", "product", "platform", "tool", "enthusiast", "user", "users",
            "practitioner", "practitioners", "scientist", "scientists", "grader", "judge", "benchmark", "course");

    /**
     * The phrases and patterns in the title or the summary, as in the body's prose: a title about
     * chatbots that quotes "I hope this helps" mentions the phrase.
     */
    private void scanLabel(Evidence found, String text, String where) {
        if (text == null || text.isBlank()) {
            return;
        }
        String normalised = Phrases.normalise(text);
        for (Phrases.Match m : phrases.findAll(normalised)) {
            if (!Mentioned.inQuotes(normalised, m.index()) && !isCompound(normalised, m)) {
                found.add("\"" + m.phrase() + "\" " + where);
            }
        }
        found.findPatterns(text, patterns, at -> where, at -> Mentioned.quotedOrShown(text, at));
    }

    /** The reply cues' part of the literals a block holds, or null when it holds none of them. */
    private boolean[] cueLiterals(boolean[] literals) {
        if (literals == null) {
            return null;
        }
        for (int i = cueLiteralsFrom; i < literals.length; i++) {
            if (literals[i]) {
                return Arrays.copyOfRange(literals, cueLiteralsFrom, literals.length);
            }
        }
        return null;
    }

    /**
     * A reply wrapped around the article, by its cues ({@link ReplyCues}): in the title, the
     * summary, the first and last paragraphs of the body, and mid-body a note that speaks of the
     * model or to the one who asked.
     */
    private void findReplies(Evidence found, Draft draft, RuleContext context, boolean[][] cueLiterals) {
        for (String[] label : new String[][] {{draft.title(), "in the title"}, {draft.summary(), "in the summary"}}) {
            if (label[0] != null && !label[0].isBlank()) {
                String normalised = Phrases.normalise(label[0]);
                String reply = replies.reply(normalised, replies.hits(normalised), ReplyCues.Place.LABEL, true, true);
                if (reply != null) {
                    found.add("a reply to whoever asked for the article " + label[1] + ": it " + reply);
                }
            }
        }
        List<TextBlock> blocks = context.body().blocks();
        List<Integer> paragraphs = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            TextBlock block = blocks.get(b);
            if ((block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.ITEM) && !block.isTable()
                    && !context.body().normalisedProse(b).isEmpty()) {
                paragraphs.add(b);
            }
        }
        // the edges are counted in paragraphs, not list items: a list closing the article is still its content
        int[] plainAt = new int[blocks.size()]; // a block's place among the plain paragraphs, -1 for an item
        int plain = 0;
        for (int b : paragraphs) {
            plainAt[b] = blocks.get(b).kind() == BlockKind.PARAGRAPH ? plain++ : -1;
        }
        for (int b : paragraphs) {
            if (found.isFull()) {
                return;
            }
            if (cueLiterals[b] == null) {
                continue; // no cue's literal in it: the common case, decided by the pass that found the phrases
            }
            int at = plainAt[b];
            boolean start = at >= 0 && at < EDGE_PARAGRAPHS;
            boolean end = at >= 0 && at >= plain - EDGE_PARAGRAPHS;
            String normalised = context.body().normalisedProse(b);
            List<ReplyCues.Hit> hits = replies.hits(normalised, cueLiterals[b], start || end);
            // (a block quote is looked up only here: each look reads the body up to the block)
            if (hits.isEmpty() || Mentioned.isBlockQuote(draft.body(), blocks.get(b).line())) {
                continue;
            }
            String reply = start || end
                    ? replies.reply(normalised, hits, ReplyCues.Place.EDGE, start, end)
                    : null;
            if (reply == null) {
                reply = replies.reply(normalised, hits, ReplyCues.Place.MIDDLE, false, false);
            }
            if (reply != null) {
                String where = start ? "opening" : end ? "closing" : "at";
                found.add("a reply to whoever asked for the article " + (where.equals("at") ? "in the body" : "in the body's " + where
                        + " paragraph") + " at line " + blocks.get(b).line() + ": it " + reply);
            }
        }
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
        scanLabel(found, draft.title(), "in the title");
        scanLabel(found, draft.summary(), "in the summary");
        List<TextBlock> blocks = context.body().blocks();
        boolean[][] cueLiterals = new boolean[blocks.size()][]; // per block, the reply cues' literals it holds
        for (int b = 0; b < blocks.size(); b++) {
            if (found.isFull()) {
                break;
            }
            TextBlock block = blocks.get(b);
            String normalised = context.body().normalisedProse(b);
            if (block.isProse() && !normalised.isEmpty()) {
                Phrases.Found read = phrases.find(normalised);
                cueLiterals[b] = cueLiterals(read.literals());
                // the patterns are run on the whole body below, markup included
                for (Phrases.Match m : read.matches()) {
                    // quoted ("As an AI language model" in an article about chat models) is mentioned, not said
                    if (!Mentioned.inQuotes(normalised, m.index()) && !Mentioned.isBlockQuote(draft.body(), block.line())
                            && !isCompound(normalised, m)) {
                        found.add("\"" + m.phrase() + "\" in the body at line " + block.line());
                    }
                }
            }
        }
        String body = draft.body() == null ? "" : draft.body();
        // citation markup shown in code (an article explaining `turn0search3`) is not left over, nor a quoted reply
        found.findPatterns(body, patterns, at -> "in the body at line " + Phrases.lineOf(body, at), at -> Mentioned.quotedOrShown(body, at));
        if (!found.isFull()) {
            findReplies(found, draft, context, cueLiterals);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(ID, severity, "the draft still holds what a chatbot said to its user: "
                + String.join(", ", found.list())));
    }
}
