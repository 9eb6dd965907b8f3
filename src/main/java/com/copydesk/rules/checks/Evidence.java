package com.copydesk.rules.checks;

import com.copydesk.rules.Patterns;
import com.copydesk.rules.Phrases;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * What a phrase rule found, each piece once and the first few only: enough for an editor to fix
 * them, not a page. Shared by the rules that look for phrases and patterns in a draft's text.
 */
final class Evidence {
    private final int most;
    private final List<String> found = new ArrayList<>();
    /** Matchers of one pattern list (a rule uses one list per draft). */
    private Matcher[] matchers;
    private boolean[] lastLiterals;

    Evidence(int most) {
        this.most = most;
    }

    void add(String evidence) {
        if (found.size() < most && !found.contains(evidence)) {
            found.add(evidence);
        }
    }

    boolean isFull() {
        return found.size() >= most;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<String> list() {
        return found;
    }

    /**
     * The phrases (case and apostrophes folded) and the patterns found in a text, said to be
     * {@code where}; only the patterns whose literals the text holds are run.
     */
    void scan(String text, String where, Phrases phrases, Patterns patterns) {
        if (text == null || text.isBlank() || isFull()) {
            return;
        }
        scan(text, Phrases.normalise(text), where, phrases, patterns);
    }

    /** The literals of {@code phrases} found in a text by the last {@link #scan(String, String, String, Phrases, Patterns)}, or null. */
    boolean[] lastLiterals() {
        return lastLiterals;
    }

    /**
     * The same, the text already normalised ({@link com.copydesk.rules.BodyFacts#normalisedProse}):
     * one pass over it finds the phrases and the patterns' literals ({@code phrases} made with
     * {@link Patterns#literals()}), then only the patterns those literals allow run on the text.
     */
    void scan(String text, String normalised, String where, Phrases phrases, Patterns patterns) {
        scan(text, normalised, where, phrases, patterns, at -> false);
    }

    /** The same, passing over the pattern matches that start where {@code mentioned} says (quoted as an example). */
    void scan(String text, String normalised, String where, Phrases phrases, Patterns patterns, IntPredicate mentioned) {
        lastLiterals = null;
        if (normalised.isEmpty() || isFull()) {
            return;
        }
        Phrases.Found result = phrases.find(normalised);
        lastLiterals = result.literals();
        for (Phrases.Match m : result.matches()) {
            add("\"" + m.phrase() + "\" " + where);
        }
        boolean[] run = patterns.mayMatch(result.literals());
        if (run != null) {
            runPatterns(text, patterns, run, at -> where, mentioned);
        }
    }

    /** The first match of each pattern that can match in {@code text}, said to be where {@code where} puts its start. */
    void findPatterns(String text, Patterns patterns, IntFunction<String> where) {
        findPatterns(text, patterns, where, at -> false);
    }

    /** The same, passing over the matches that start where {@code shown} says (code the text shows, not says). */
    void findPatterns(String text, Patterns patterns, IntFunction<String> where, IntPredicate shown) {
        boolean[] run = patterns.mayMatch(text);
        if (run != null) {
            runPatterns(text, patterns, run, where, shown);
        }
    }

    private void runPatterns(String text, Patterns patterns, boolean[] run, IntFunction<String> where) {
        runPatterns(text, patterns, run, where, at -> false);
    }

    private void runPatterns(String text, Patterns patterns, boolean[] run, IntFunction<String> where, IntPredicate shown) {
        for (int i = 0; i < patterns.size(); i++) {
            if (!run[i]) {
                continue;
            }
            Matcher m = matcher(patterns, i, text);
            for (int tries = 0; tries < Mentioned.MOST_TRIES && m.find(); tries++) {
                if (!shown.test(m.start())) {
                    add("\"" + Phrases.quote(m.group(), 60) + "\" " + where.apply(m.start()));
                    break;
                }
            }
        }
    }

    /**
     * The i-th pattern's matcher, reset to a text: one per pattern for the whole draft, not one
     * per block read (a draft's dozens of blocks made hundreds of matchers).
     */
    private Matcher matcher(Patterns patterns, int i, CharSequence text) {
        if (matchers == null) {
            matchers = new Matcher[patterns.size()];
        }
        if (matchers[i] == null) {
            matchers[i] = patterns.get(i).matcher(text);
        } else {
            matchers[i].reset(text);
        }
        return matchers[i];
    }
}
