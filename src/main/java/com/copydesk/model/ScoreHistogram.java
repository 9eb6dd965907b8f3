package com.copydesk.model;

import java.util.List;

/**
 * How one score is spread over the drafts: ten bins of ten points (0–9, 10–19, …, 80–89, and
 * 90–100, which also holds the hundreds), and how many drafts have no value for it. The value
 * is the editor's score where they set one, else the imported score.
 */
public record ScoreHistogram(List<Long> bins, long withoutScore) {
    public static final int BINS = 10;
    public static final ScoreHistogram EMPTY = new ScoreHistogram(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), 0);

    public ScoreHistogram {
        bins = List.copyOf(bins);
        if (bins.size() != BINS) {
            throw new IllegalArgumentException("a score histogram has " + BINS + " bins, not " + bins.size());
        }
    }

    /** The lowest score in a bin: 0, 10, …, 90. */
    public static int low(int bin) {
        return bin * 10;
    }

    /** The highest score in a bin: 9, 19, …, 89, and 100 for the last. */
    public static int high(int bin) {
        return bin == BINS - 1 ? 100 : bin * 10 + 9;
    }

    /** "0–9", "10–19", …, "90–100". */
    public static String label(int bin) {
        return low(bin) + "\u2013" + high(bin);
    }

    /** Drafts that have this score. */
    public long scored() {
        return bins.stream().mapToLong(Long::longValue).sum();
    }
}
