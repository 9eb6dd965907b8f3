package com.copydesk.rules.checks;

import com.copydesk.rules.Patterns;
import com.copydesk.rules.Phrases;
import com.copydesk.rules.RuleConfigException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assistant's reply wrapped around the article, told by what it is rather than by the wordings
 * seen so far. A reply speaks to the person who asked for the article: it hands the article over as
 * a product ("here's the blog post", "draft below", "about 950 words"), addresses its reader as the
 * one who asked ("you asked for", "per your brief"), offers more or asks for direction ("I can also
 * write", "let me know which parts"), speaks of a model's limits ("I don't have browsing access"),
 * or carries a line no article does ("Word count: 1,087", "[Your Name]"). Each of those is a cue;
 * none alone is proof, since a blog post says "I" and "let me know" too, so a passage is a reply
 * when its cues add up (two kinds, or one with the writer as "I" or a reply word opening it), and
 * where it stands matters: around the article (the first or last paragraphs, the title, the
 * summary) cues of any kind count; inside the body only a passage that speaks of the model or of
 * the one who asked does, since a tutorial offers and hands over all the way through.
 *
 * <p>The cues are regular expressions from the rule file ({@code reply_cues}), matched on prose as
 * {@link Phrases#normalise} makes it (lower case, straight apostrophes), so that an editor can add
 * the next wording; the writer as "I" is read here. A cue in double quotes is quoted, not said.
 */
final class ReplyCues {
    /** What a cue says about a passage, and how much it weighs. */
    enum Cue {
        HANDOVER("hands the article over", 2),
        REQUESTER("addresses the one who asked for it", 2),
        OFFER("offers more or asks for direction", 2),
        MODEL("speaks of a model's limits", 2),
        SIGNATURE("has a line only a reply carries", 3),
        OPENER("opens with a reply word", 1),
        SPEAKER("speaks as \"I\"", 1);

        final String says;
        final int weight;

        Cue(String says, int weight) {
            this.says = says;
            this.weight = weight;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a passage stands, which decides what its cues must add up to. */
    enum Place {
        /** the title or the summary: the article's own label, where the one who asked, a model or a reply's line alone is out of place */
        LABEL,
        /** the first or the last paragraphs of the body: where a reply wraps the article */
        EDGE,
        /** anywhere else: a note to the one who asked, or a model's own note, mid-body */
        MIDDLE
    }

    /** What a passage must weigh to be a reply. */
    static final int FIRES = 3;

    /** Sentences read at an edge: a reply's opening or closing is a few sentences, not the paragraph it was glued to. */
    private static final int EDGE_SENTENCES = 3;

    /** "me" after these is the reader's turn to act ("let me know", "tell me"), not the writer speaking of itself. */
    private static final Set<String> ME_AFTER = Set.of("let", "tell", "show", "drop", "ping", "email", "contact", "ask", "give",
            "send", "reach", "join", "follow", "message", "dm", "find");

    private final Patterns patterns;
    /** the cue of each pattern, in the order of {@link #patterns} */
    private final Cue[] cueOf;

    /**
     * @param cues the rule file's {@code reply_cues}: for each cue but the speaker (handover,
     *             requester, offer, model, signature, opener), a list of regular expressions
     */
    ReplyCues(String ruleId, Map<String, Object> cues) {
        List<Pattern> all = new ArrayList<>();
        List<Cue> owners = new ArrayList<>();
        Map<String, Cue> byKey = new LinkedHashMap<>();
        for (Cue cue : Cue.values()) {
            if (cue != Cue.SPEAKER) {
                byKey.put(cue.key(), cue);
            }
        }
        for (Map.Entry<String, Object> e : cues.entrySet()) {
            Cue cue = byKey.get(e.getKey());
            if (cue == null) {
                throw new RuleConfigException(ruleId + ".reply_cues." + e.getKey() + " is not a cue; the cues are "
                        + String.join(", ", byKey.keySet()));
            }
            if (!(e.getValue() instanceof List<?> list) || !list.stream().allMatch(v -> v instanceof String s && !s.isBlank())) {
                throw new RuleConfigException(ruleId + ".reply_cues." + e.getKey() + " must be a list of regular expressions, not "
                        + e.getValue());
            }
            List<String> sources = list.stream().map(String.class::cast).toList();
            for (Pattern p : Phrases.patterns(ruleId, "reply_cues." + e.getKey(), sources)) {
                all.add(p);
                owners.add(cue);
            }
        }
        this.patterns = new Patterns(all);
        this.cueOf = owners.toArray(Cue[]::new);
    }

    /** A cue found: which, the words, and where in the normalised text. */
    record Hit(Cue cue, String words, int start) {
    }

    /**
     * The literals the cues' prefilter looks for: a rule that reads a block for its phrases anyway
     * finds them in the same pass ({@link Phrases#find}) and hands them to {@link #hits(String, boolean[])}.
     */
    List<String> literals() {
        return patterns.literals();
    }

    /** The cues of one normalised text (the title, the summary); empty when it holds none. */
    List<Hit> hits(String normalised) {
        return normalised.isEmpty() ? List.of() : collect(normalised, patterns.mayMatch(normalised));
    }

    /**
     * The same, given which of {@link #literals()} the text holds (null: none), found in a pass
     * made anyway. Mid-body ({@code edge} false) a passage is a reply only with a cue of the model,
     * the one who asked or a reply's line, so a block that cannot hold one is not read further:
     * most of a body is mid-body, and its handovers and offers are a tutorial's.
     */
    List<Hit> hits(String normalised, boolean[] literals, boolean edge) {
        boolean[] run = patterns.mayMatch(literals);
        if (run != null && !edge) {
            boolean decisive = false;
            for (int i = 0; i < run.length && !decisive; i++) {
                decisive = run[i] && (cueOf[i] == Cue.MODEL || cueOf[i] == Cue.REQUESTER || cueOf[i] == Cue.SIGNATURE);
            }
            if (!decisive) {
                return List.of();
            }
        }
        return collect(normalised, run);
    }

    /** The cues of the patterns {@code run} allows (null: none), and the writer as "I" where any is. */
    private List<Hit> collect(String normalised, boolean[] run) {
        if (run == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        find(normalised, run, false, hits);
        if (hits.isEmpty()) {
            // a reply word or the writer as "I" alone is any blog: read them only where another cue is
            return hits;
        }
        find(normalised, run, true, hits);
        speakers(normalised, hits);
        return hits;
    }

    /** The matches of the patterns {@code run} allows, the openers' or the others'. */
    private void find(String normalised, boolean[] run, boolean openers, List<Hit> hits) {
        for (int i = 0; i < patterns.size(); i++) {
            if (!run[i] || (cueOf[i] == Cue.OPENER) != openers) {
                continue;
            }
            Matcher m = patterns.get(i).matcher(normalised);
            for (int tries = 0; tries < Mentioned.MOST_TRIES && m.find(); tries++) {
                if (m.end() > m.start() && !Mentioned.inQuotes(normalised, m.start())) {
                    hits.add(new Hit(cueOf[i], Phrases.quote(m.group(), 40), m.start()));
                }
            }
        }
    }

    /**
     * The passage of {@code normalised} a reply would be at {@code place}, read for its cues: the
     * whole text of a label; at an edge, its first ({@code start}) or last sentences; mid-body each
     * sentence alone. The first passage that is a reply, as evidence ("hands the article over
     * (\"here's the blog post\"), ..."), or null.
     */
    String reply(String normalised, List<Hit> hits, Place place, boolean start, boolean end) {
        if (hits.isEmpty()) {
            return null;
        }
        List<int[]> sentences = sentences(normalised);
        switch (place) {
            case LABEL -> {
                return judge(hits, 0, normalised.length(), place);
            }
            case EDGE -> {
                String found = null;
                if (start) {
                    int to = sentences.get(Math.min(EDGE_SENTENCES, sentences.size()) - 1)[1];
                    found = judge(hits, 0, to, place);
                }
                if (found == null && end) {
                    int from = sentences.get(Math.max(0, sentences.size() - EDGE_SENTENCES))[0];
                    found = judge(hits, from, normalised.length(), place);
                }
                return found;
            }
            default -> {
                for (int[] s : sentences) {
                    String found = judge(hits, s[0], s[1], place);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
        }
    }

    /** The cues between {@code from} and {@code to}, as evidence if they add up to a reply at {@code place}, else null. */
    private static String judge(List<Hit> hits, int from, int to, Place place) {
        Map<Cue, String> cues = new EnumMap<>(Cue.class);
        for (Hit h : hits) {
            if (h.start() >= from && h.start() < to) {
                cues.putIfAbsent(h.cue(), h.words());
            }
        }
        int score = cues.keySet().stream().mapToInt(c -> c.weight).sum();
        boolean fires = switch (place) {
            case LABEL -> score >= FIRES || cues.containsKey(Cue.REQUESTER) || cues.containsKey(Cue.MODEL)
                    || cues.containsKey(Cue.SIGNATURE);
            case EDGE -> score >= FIRES;
            case MIDDLE -> score >= FIRES && (cues.containsKey(Cue.MODEL) || cues.containsKey(Cue.REQUESTER)
                    || cues.containsKey(Cue.SIGNATURE));
        };
        if (!fires) {
            return null;
        }
        List<String> said = new ArrayList<>();
        cues.forEach((cue, words) -> said.add(cue.says + (cue == Cue.SPEAKER ? "" : " (\"" + words + "\")")));
        return String.join(", ", said);
    }

    /** Sentence bounds of normalised text: a sentence ends at ".", "!" or "?" before a space or the end. */
    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch == '.' || ch == '!' || ch == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length() || out.isEmpty()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }

    /** The writer as "I": i, i'm, i've, i'll, i'd, my, mine, myself, and "me" unless the reader is asked to act ("let me know"). */
    private static void speakers(String text, List<Hit> hits) {
        String previous = "";
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && (isWordChar(text.charAt(i)) || text.charAt(i) == '\'' && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String word = text.substring(start, i);
            boolean speaker = switch (word) {
                case "i", "i'm", "i've", "i'll", "i'd", "my", "mine", "myself" -> true;
                case "me" -> !ME_AFTER.contains(previous);
                default -> false;
            };
            if (speaker && !Mentioned.inQuotes(text, start)) {
                hits.add(new Hit(Cue.SPEAKER, word, start));
            }
            previous = word;
        }
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_';
    }
}
