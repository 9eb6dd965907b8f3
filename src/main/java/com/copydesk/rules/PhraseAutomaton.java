package com.copydesk.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over a list of phrases: one pass over a text finds where each phrase
 * first occurs as whole words, in time linear in the text whatever the number of phrases (a scan
 * per phrase made the chatbot and placeholder lists the costliest rules of an import). Letters
 * below 128 move through a table, the rest through a small map per state.
 */
final class PhraseAutomaton {
    private static final int ASCII = 128;

    private final List<String> phrases;
    /** goto for ASCII characters, the failure links folded in (a complete transition table). */
    private final List<int[]> ascii = new ArrayList<>();
    /** goto for other characters, the trie's edges only; failure links are followed for them. */
    private final List<Map<Character, Integer>> other = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    /** The phrases that end in each state, those of its suffixes included. */
    private int[][] output;

    PhraseAutomaton(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        newState();
        List<List<Integer>> ends = new ArrayList<>();
        ends.add(new ArrayList<>());
        for (int p = 0; p < this.phrases.size(); p++) {
            int state = 0;
            for (char ch : this.phrases.get(p).toCharArray()) {
                int next = edge(state, ch);
                if (next <= 0) {
                    next = newState();
                    ends.add(new ArrayList<>());
                    setEdge(state, ch, next);
                }
                state = next;
            }
            ends.get(state).add(p);
        }
        link(ends);
    }

    /**
     * For each phrase, where it first occurs in {@code text} with no letter or digit glued to
     * either end, or -1; null when none occurs at all (the common case, left without allocation).
     */
    int[] firstWholeWordMatches(String text) {
        int[] first = null;
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = step(state, text.charAt(i));
            for (int p : output[state]) {
                if (first != null && first[p] >= 0) {
                    continue;
                }
                String phrase = phrases.get(p);
                int start = i + 1 - phrase.length();
                if (wholeWords(text, phrase, start)) {
                    if (first == null) {
                        first = new int[phrases.size()];
                        Arrays.fill(first, -1);
                    }
                    first[p] = start;
                }
            }
        }
        return first;
    }

    /**
     * Which phrases occur anywhere in {@code text}, case folded as {@link Character#toLowerCase(char)}
     * folds (the phrases given in lower case), whole words or not; null when none does. The
     * prefilter of a rule's regular expressions: their literals, all found in one pass.
     */
    boolean[] occurring(CharSequence text) {
        boolean[] found = null;
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = step(state, Character.toLowerCase(text.charAt(i)));
            int[] out = output[state];
            if (out.length > 0) {
                if (found == null) {
                    found = new boolean[phrases.size()];
                }
                for (int p : out) {
                    found[p] = true;
                }
            }
        }
        return found;
    }

    private static boolean wholeWords(String text, String phrase, int at) {
        boolean startOk = at == 0 || !Phrases.isWordChar(text.charAt(at - 1)) || !Phrases.isWordChar(phrase.charAt(0));
        int end = at + phrase.length();
        return startOk && (end == text.length() || !Phrases.isWordChar(text.charAt(end))
                || !Phrases.isWordChar(phrase.charAt(phrase.length() - 1)));
    }

    private int step(int state, char ch) {
        if (ch < ASCII) {
            return ascii.get(state)[ch];
        }
        int s = state;
        while (true) {
            Integer next = other.get(s).get(ch);
            if (next != null) {
                return next;
            }
            if (s == 0) {
                return 0;
            }
            s = fail.get(s);
        }
    }

    private int newState() {
        int[] table = new int[ASCII];
        Arrays.fill(table, -1);
        ascii.add(table);
        other.add(new HashMap<>(2));
        fail.add(0);
        return ascii.size() - 1;
    }

    private int edge(int state, char ch) {
        if (ch < ASCII) {
            return ascii.get(state)[ch];
        }
        Integer next = other.get(state).get(ch);
        return next == null ? -1 : next;
    }

    private void setEdge(int state, char ch, int next) {
        if (ch < ASCII) {
            ascii.get(state)[ch] = next;
        } else {
            other.get(state).put(ch, next);
        }
    }

    /** Breadth first: failure links, complete ASCII tables and the outputs merged along the failure links. */
    private void link(List<List<Integer>> ends) {
        output = new int[ascii.size()][];
        output[0] = ends.get(0).stream().mapToInt(Integer::intValue).toArray();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] root = ascii.get(0);
        for (int c = 0; c < ASCII; c++) {
            if (root[c] < 0) {
                root[c] = 0;
            } else {
                fail.set(root[c], 0);
                queue.add(root[c]);
            }
        }
        for (int child : other.get(0).values()) {
            fail.set(child, 0);
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int f = fail.get(state);
            List<Integer> out = new ArrayList<>(ends.get(state));
            for (int p : output[f]) {
                out.add(p);
            }
            output[state] = out.stream().mapToInt(Integer::intValue).toArray();
            int[] table = ascii.get(state);
            int[] failTable = ascii.get(f);
            for (int c = 0; c < ASCII; c++) {
                if (table[c] < 0) {
                    table[c] = failTable[c];
                } else {
                    fail.set(table[c], failTable[c]);
                    queue.add(table[c]);
                }
            }
            for (Map.Entry<Character, Integer> e : other.get(state).entrySet()) {
                fail.set(e.getValue(), step(f, e.getKey()));
                queue.add(e.getValue());
            }
        }
    }
}
