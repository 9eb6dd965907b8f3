package com.copydesk.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule's regular expressions with a literal prefilter: the literals each pattern cannot match
 * without ({@link RegexLiterals}) are one automaton, a text is read once for all of them, and only
 * the patterns whose literals all occur are run. Running every pattern over every prose block was
 * most of what the chatbot and placeholder rules cost an import (JFR: {@code Pattern} matching),
 * while almost no text holds {@code oaicite:} or {@code [insert}. The prefilter only skips texts a
 * pattern cannot match, so the findings are those of running every pattern ({@code PatternsTest}).
 */
public final class Patterns {
    private final List<Pattern> patterns;
    /** per pattern, per clause, the indices of its literals in the automaton; no clause: always run */
    private final int[][][] clauses;
    private final boolean anyAlways;
    private final PhraseAutomaton literals;
    private final List<String> literalList;

    public Patterns(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Map<String, Integer> index = new LinkedHashMap<>();
        this.clauses = new int[patterns.size()][][];
        boolean always = false;
        for (int p = 0; p < patterns.size(); p++) {
            List<Set<String>> required = RegexLiterals.required(patterns.get(p).pattern());
            always |= required.isEmpty();
            clauses[p] = new int[required.size()][];
            for (int c = 0; c < required.size(); c++) {
                clauses[p][c] = required.get(c).stream().mapToInt(s -> index.computeIfAbsent(s, k -> index.size())).toArray();
            }
        }
        this.anyAlways = always;
        this.literalList = List.copyOf(index.keySet());
        this.literals = new PhraseAutomaton(new ArrayList<>(literalList));
    }

    /**
     * The literals the prefilter looks for (lower case), in the order {@link #mayMatch(boolean[])}
     * reads them: a rule that reads a text for its phrases anyway finds them in the same pass
     * ({@link Phrases#find}).
     */
    public List<String> literals() {
        return literalList;
    }

    public int size() {
        return patterns.size();
    }

    public Pattern get(int i) {
        return patterns.get(i);
    }

    /** The clauses of literals a pattern needs (for tests and the rule file's documentation). */
    public int clauseCount(int i) {
        return clauses[i].length;
    }

    /**
     * Which patterns can match somewhere in {@code text} (one pass over it); null when none can,
     * the common case, left without allocation.
     */
    public boolean[] mayMatch(CharSequence text) {
        return mayMatch(literals.occurring(text));
    }

    /**
     * Which patterns can match, given which of {@link #literals()} a text holds (null: none);
     * null when none can.
     */
    public boolean[] mayMatch(boolean[] found) {
        if (found == null && !anyAlways) {
            return null;
        }
        boolean[] run = null;
        for (int p = 0; p < patterns.size(); p++) {
            if (satisfied(clauses[p], found)) {
                if (run == null) {
                    run = new boolean[patterns.size()];
                }
                run[p] = true;
            }
        }
        return run;
    }

    private static boolean satisfied(int[][] needs, boolean[] found) {
        for (int[] clause : needs) {
            boolean any = false;
            for (int literal : clause) {
                if (found != null && found[literal]) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }
}
