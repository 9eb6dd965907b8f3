package com.copydesk.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of two bodies differ, for showing near-duplicate twins side by side: the words of
 * each body in order, runs of them marked as changed where they are not part of the longest
 * common word sequence (Myers' O((N+M)D) diff on word tokens, after the common start and end are
 * taken off).
 *
 * <p>Drafts are untrusted, and two unrelated bodies of 50,000 words would cost far more than a
 * dialog may: the words compared per body and the differences followed are both capped. When a
 * cap is reached the result says so ({@link Result#capped()}), the words past the word cap are
 * left out, and a middle part with more differences than the cap is marked changed as a whole.
 */
public final class WordDiff {
    /** Words compared per body: beyond them the rest is left out (and the result says so). */
    public static final int MAX_WORDS = 20_000;
    /** Differences (words removed plus words added) followed word by word: the work is O(words x this). */
    public static final int MAX_EDITS = 2_000;

    /** A word (with the spaces after it) or a run of them, changed or the same in both bodies. */
    public record Span(String text, boolean changed) {
    }

    /**
     * The two bodies as spans, how many words of each differ, and why the comparison stopped
     * short, if it did.
     */
    public record Result(List<Span> left, List<Span> right, int changedLeft, int changedRight, Optional<String> capped) {
        public Result {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }

        /** Whether the two bodies have the same words (spacing aside). */
        public boolean same() {
            return changedLeft == 0 && changedRight == 0 && capped.isEmpty();
        }
    }

    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    private WordDiff() {
    }

    /** The words of the two bodies marked, with the default caps. */
    public static Result of(String left, String right) {
        return of(left, right, MAX_WORDS, MAX_EDITS);
    }

    /**
     * @param maxWords words compared per body
     * @param maxEdits differences followed word by word before the rest of the middle is marked as a whole
     */
    public static Result of(String left, String right, int maxWords, int maxEdits) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        boolean cutA = tokens(left, maxWords, a);
        boolean cutB = tokens(right, maxWords, b);
        String[] wa = words(a);
        String[] wb = words(b);
        boolean[] changedA = new boolean[wa.length];
        boolean[] changedB = new boolean[wb.length];
        int start = 0;
        while (start < wa.length && start < wb.length && wa[start].equals(wb[start])) {
            start++;
        }
        int endA = wa.length;
        int endB = wb.length;
        while (endA > start && endB > start && wa[endA - 1].equals(wb[endB - 1])) {
            endA--;
            endB--;
        }
        boolean tooMany = !myers(wa, start, endA, wb, start, endB, maxEdits, changedA, changedB);
        if (tooMany) {
            Arrays.fill(changedA, start, endA, true);
            Arrays.fill(changedB, start, endB, true);
        }
        List<String> why = new ArrayList<>();
        if (cutA || cutB) {
            why.add(String.format("only the first %,d words of each body were compared", maxWords));
        }
        if (tooMany) {
            why.add(String.format("more than %,d words differ, so the part between the first and the last"
                    + " difference is marked as a whole", maxEdits));
        }
        return new Result(spans(a, changedA), spans(b, changedB), count(changedA), count(changedB),
                why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why)));
    }

    /** Adds the body's words (each with the spaces after it) up to the cap; true if the body had more. */
    private static boolean tokens(String body, int maxWords, List<String> into) {
        if (body == null) {
            return false;
        }
        Matcher m = WORD.matcher(body);
        while (m.find()) {
            if (into.size() == maxWords) {
                return true;
            }
            into.add(m.group());
        }
        return false;
    }

    /** The words compared: a token without its trailing spaces, so that a line break is no change. */
    private static String[] words(List<String> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).stripTrailing();
        }
        return words;
    }

    /**
     * Marks the words of a[fromA, toA) and b[fromB, toB) that are not on a shortest edit script
     * (Myers 1986, keeping each round's furthest reaches to walk back); false, marking nothing, if
     * the script needs more than {@code maxEdits} steps. Memory is O(D²) for D differences.
     */
    static boolean myers(String[] a, int fromA, int toA, String[] b, int fromB, int toB, int maxEdits,
                         boolean[] changedA, boolean[] changedB) {
        int n = toA - fromA;
        int m = toB - fromB;
        int max = Math.min(n + m, maxEdits);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= max; d++) {
            // the reaches of round d-1 for diagonals -d-1 .. d+1: all that round d reads
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[fromA + x].equals(b[fromB + y])) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    walkBack(trace, d, n, m, fromA, fromB, changedA, changedB);
                    return true;
                }
            }
        }
        return false;
    }

    private static void walkBack(List<int[]> trace, int edits, int n, int m, int fromA, int fromB,
                                 boolean[] changedA, boolean[] changedB) {
        int x = n;
        int y = m;
        for (int d = edits; d > 0; d--) {
            int[] reach = trace.get(d); // index 0 is diagonal -d-1
            int k = x - y;
            boolean down = k == -d || k != d && reach[k - 1 + d + 1] < reach[k + 1 + d + 1];
            int prevK = down ? k + 1 : k - 1;
            int prevX = reach[prevK + d + 1];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) { // the common run after the step
                x--;
                y--;
            }
            if (down) {
                changedB[fromB + prevY] = true; // a word only the right body has
            } else {
                changedA[fromA + prevX] = true; // a word only the left body has
            }
            x = prevX;
            y = prevY;
        }
    }

    /** Consecutive tokens of the same kind joined: a few spans to show, not one node per word. */
    private static List<Span> spans(List<String> tokens, boolean[] changed) {
        List<Span> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && changed[i] != changed[i - 1]) {
                spans.add(new Span(run.toString(), changed[i - 1]));
                run.setLength(0);
            }
            run.append(tokens.get(i));
        }
        if (!run.isEmpty()) {
            spans.add(new Span(run.toString(), changed[tokens.size() - 1]));
        }
        return spans;
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            if (flag) {
                count++;
            }
        }
        return count;
    }
}
