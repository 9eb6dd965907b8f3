package com.copydesk.rules;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * How much of one body's wording another keeps, word by word: a word counts as kept when one of
 * its pairs with a word up to {@link #REACH} places away (before or after it) is in the other body
 * at the same distance. A spinner's changed word is lost, but its neighbours are not: each still has a
 * pair that skips it. So a copy with a share p of its words changed keeps about 1 − p of them,
 * where the word-shingle share of {@link TextFeatures#overlap} keeps (1 − p)²: a copy spun at
 * 15 % falls to about 0.72 there and stays near 0.85 here.
 *
 * <p>Only pairs that are not boilerplate count, as in the shingle share: a pair of next words is
 * boilerplate when its word shingle is (the same hash as {@link TextFeatures#of} gives it), a
 * pair two places apart when both shingles it spans are. A word with no such pair (inside the
 * generator's intro or a sentence of its bank) is neither kept nor lost. The measure is the
 * share kept of the body with fewer counted words (at least {@code fewest}), as the shingle
 * share is of the smaller set: new words a spinner put in do not lower it. It is symmetric, so
 * the pair's similarity does not depend on which draft came first.
 *
 * <p>Not used by the near-duplicate index yet. Wired in as a second measure for the verified
 * candidates whose shingle share was 0.5 to 0.75 (both bodies read), it found 195 of 200 planted
 * copies at 10,000 generator drafts (193 without) and flagged 75 of 9,800 clean drafts (65), but
 * the step's CPU per draft went from 0.45 to 2.4 ms (NearStepBenchmark 10000, same load): too
 * many candidates fall in that band. It needs a cheaper form (the words kept with the print, or
 * a narrower band) before it is worth its cost. From 0.65 (2026-12-08) the cost was acceptable
 * (0.48 ms against 0.43 a draft at 10,000, the same 195 of 200 found, 75 of 9,800 clean) but
 * it flagged clean articles of the rules' labelled set that share their wording: 542 of its
 * 600 clean drafts approved, 588 asked (ApproveUnflaggedOnLabelledSetTest); not kept either.
 */
public final class PositionalOverlap {
    /**
     * Pairs up to this many places apart. Measured on 1,000 generator drafts (PositionalOverlapTest):
     * of 200 copies spun at 15 %, 14 fell below 0.75 with pairs up to 2 places apart, 3 with 3,
     * 1 with 4 (the shingle share: 53), while no two unrelated drafts of one topic reached 0.72.
     * A word next to a sentence's seam has few pairs that are not boilerplate; a longer reach
     * gives it more.
     */
    static final int REACH = 4;

    private PositionalOverlap() {
    }

    /**
     * The share of the counted words of the body with fewer of them that the other keeps.
     *
     * @param boilerplate whether a word shingle (as {@link TextFeatures#of} hashes it) is boilerplate
     */
    public static double of(String one, String other, int shingleWords, LongPredicate boilerplate, int fewest) {
        Body a = new Body(TextFeatures.wordSequence(one), shingleWords, boilerplate);
        Body b = new Body(TextFeatures.wordSequence(other), shingleWords, boilerplate);
        if (a.counted != b.counted) {
            Body smaller = a.counted < b.counted ? a : b;
            Body larger = smaller == a ? b : a;
            return (double) smaller.keptIn(larger) / Math.max(fewest, smaller.counted);
        }
        // as many on each side: the higher of the two ways, the same whichever is named first
        int most = Math.max(a.keptIn(b), b.keptIn(a));
        return (double) most / Math.max(fewest, a.counted);
    }

    /** A body's words and the pairs it is compared by. */
    private static final class Body {
        private final long[] words;
        /** Per word and distance d (1..REACH): the pair to the word d places on counts (not boilerplate). */
        private final boolean[][] counts;
        /** Every pair of the body, at each distance, sorted: what another body's pairs are looked up in. */
        private final long[] pairs;
        private final int counted;

        Body(long[] words, int shingleWords, LongPredicate boilerplate) {
            this.words = words;
            int n = words.length;
            boolean[] plainShingle = new boolean[n]; // the shingle starting at i is boilerplate (or absent)
            int size = Math.max(1, shingleWords);
            for (int s = 0; s < n; s++) {
                plainShingle[s] = s + size > n || boilerplate.test(TextFeatures.shingle(words, s, size));
            }
            counts = new boolean[REACH + 1][n];
            long[] all = new long[n * REACH];
            int p = 0;
            for (int d = 1; d <= REACH; d++) {
                for (int i = 0; i + d < n; i++) {
                    all[p++] = pair(words[i], words[i + d], d);
                    // the pair spans the shingles starting at i .. i + d - 1: it counts when one of them does
                    boolean informative = false;
                    for (int s = i; s < i + d && !informative; s++) {
                        informative = !plainShingle[s];
                    }
                    counts[d][i] = informative;
                }
            }
            pairs = Arrays.copyOf(all, p);
            Arrays.sort(pairs);
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (counted(i)) {
                    c++;
                }
            }
            counted = c;
        }

        /** Whether word i has a pair that counts. */
        private boolean counted(int i) {
            for (int d = 1; d <= REACH; d++) {
                if ((i + d < words.length && counts[d][i]) || (i - d >= 0 && counts[d][i - d])) {
                    return true;
                }
            }
            return false;
        }

        /** How many of this body's counted words the other keeps: one of their counted pairs is the other's too. */
        int keptIn(Body other) {
            int kept = 0;
            for (int i = 0; i < words.length; i++) {
                if (keeps(other, i)) {
                    kept++;
                }
            }
            return kept;
        }

        private boolean keeps(Body other, int i) {
            for (int d = 1; d <= REACH; d++) {
                if (i + d < words.length && counts[d][i] && other.has(pair(words[i], words[i + d], d))) {
                    return true;
                }
                if (i - d >= 0 && counts[d][i - d] && other.has(pair(words[i - d], words[i], d))) {
                    return true;
                }
            }
            return false;
        }

        private boolean has(long pair) {
            return Arrays.binarySearch(pairs, pair) >= 0;
        }
    }

    private static long pair(long first, long second, int distance) {
        return TextFeatures.mix(TextFeatures.mix(first * 31 + distance) * 31 + second);
    }
}
