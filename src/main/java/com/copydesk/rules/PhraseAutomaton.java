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
 * per phrase made the chatbot and placeholder lists the costliest rules of an import). The first
 * {@code wholeWords} phrases are found as whole words; the rest (a rule's pattern literals, the
 * prefilter of its regular expressions) wherever they occur, in the same pass. Letters below 128
 * move through one flat table, the rest through a small map per state.
 */
final class PhraseAutomaton {
    private static final int ASCII = 128;
    private static final int SHIFT = 7;

    private final List<String> phrases;
    private final int wholeWords;
    /** goto for ASCII characters, the failure links folded in: state * 128 + char (a complete transition table). */
    private int[] ascii;
    /** goto for other characters, the trie's edges only; failure links are followed for them. */
    private final List<Map<Character, Integer>> other = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    /** The phrases that end in each state, those of its suffixes included. */
    private int[][] output;
    /** Whether any phrase ends in a state: the one test made on every character. */
    private boolean[] emits;
    private final List<int[]> building = new ArrayList<>();

    /** Whole-word phrases only. */
    PhraseAutomaton(List<String> phrases) {
        this(phrases, phrases.size());
    }

    /** @param wholeWords how many of the first phrases match as whole words; the rest match anywhere */
    PhraseAutomaton(List<String> phrases, int wholeWords) {
        this.phrases = List.copyOf(phrases);
        this.wholeWords = wholeWords;
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

    /** What one pass found: the first whole-word match of each whole-word phrase, and which others occur. */
    record Pass(int[] first, boolean[] anywhere) {
    }

    /**
     * For each whole-word phrase, where it first occurs in {@code text} with no letter or digit
     * glued to either end, or -1; null when none occurs at all (the common case, left without
     * allocation).
     */
    int[] firstWholeWordMatches(String text) {
        Pass pass = scan(text);
        return pass == null ? null : pass.first();
    }

    /**
     * One pass over already folded text for both kinds of phrase; null when nothing occurs. In
     * {@code first}, -1 for a phrase not found (null if none is); {@code anywhere} indexed from
     * the first phrase that is not whole-word (null if none occurs).
     */
    Pass scan(String text) {
        int[] first = null;
        boolean[] anywhere = null;
        int[] table = ascii;
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            state = ch < ASCII ? table[state << SHIFT | ch] : stepOther(state, ch);
            if (!emits[state]) {
                continue;
            }
            for (int p : output[state]) {
                if (p >= wholeWords) {
                    if (anywhere == null) {
                        anywhere = new boolean[phrases.size() - wholeWords];
                    }
                    anywhere[p - wholeWords] = true;
                    continue;
                }
                if (first != null && first[p] >= 0) {
                    continue;
                }
                String phrase = phrases.get(p);
                int start = i + 1 - phrase.length();
                if (wholeWords(text, phrase, start)) {
                    if (first == null) {
                        first = new int[wholeWords];
                        Arrays.fill(first, -1);
                    }
                    first[p] = start;
                }
            }
        }
        return first == null && anywhere == null ? null : new Pass(first, anywhere);
    }

    /**
     * Which phrases occur anywhere in {@code text}, case folded as {@link Character#toLowerCase(char)}
     * folds (the phrases given in lower case), whole words or not; null when none does. The
     * prefilter of a rule's regular expressions: their literals, all found in one pass.
     */
    boolean[] occurring(CharSequence text) {
        boolean[] found = null;
        int[] table = ascii;
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = Character.toLowerCase(text.charAt(i));
            state = ch < ASCII ? table[state << SHIFT | ch] : stepOther(state, ch);
            if (emits[state]) {
                if (found == null) {
                    found = new boolean[phrases.size()];
                }
                for (int p : output[state]) {
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
        return ch < ASCII ? ascii[state << SHIFT | ch] : stepOther(state, ch);
    }

    private int stepOther(int state, char ch) {
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
        building.add(table);
        other.add(new HashMap<>(2));
        fail.add(0);
        return building.size() - 1;
    }

    private int edge(int state, char ch) {
        if (ch < ASCII) {
            return building.get(state)[ch];
        }
        Integer next = other.get(state).get(ch);
        return next == null ? -1 : next;
    }

    private void setEdge(int state, char ch, int next) {
        if (ch < ASCII) {
            building.get(state)[ch] = next;
        } else {
            other.get(state).put(ch, next);
        }
    }

    /** Breadth first: failure links, complete ASCII tables and the outputs merged along the failure links; then one flat table. */
    private void link(List<List<Integer>> ends) {
        output = new int[building.size()][];
        output[0] = ends.get(0).stream().mapToInt(Integer::intValue).toArray();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] root = building.get(0);
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
        // a state's non-ASCII moves follow failure links through the flat table's states: fill it as states are linked
        ascii = new int[building.size() << SHIFT];
        System.arraycopy(root, 0, ascii, 0, ASCII);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int f = fail.get(state);
            List<Integer> out = new ArrayList<>(ends.get(state));
            for (int p : output[f]) {
                out.add(p);
            }
            output[state] = out.stream().mapToInt(Integer::intValue).toArray();
            int[] table = building.get(state);
            int[] failTable = building.get(f);
            for (int c = 0; c < ASCII; c++) {
                if (table[c] < 0) {
                    table[c] = failTable[c];
                } else {
                    fail.set(table[c], failTable[c]);
                    queue.add(table[c]);
                }
            }
            System.arraycopy(table, 0, ascii, state << SHIFT, ASCII);
            for (Map.Entry<Character, Integer> e : other.get(state).entrySet()) {
                fail.set(e.getValue(), step(f, e.getKey()));
                queue.add(e.getValue());
            }
        }
        emits = new boolean[output.length];
        for (int s = 0; s < output.length; s++) {
            emits[s] = output[s].length > 0;
        }
        building.clear();
    }
}
