package com.copydesk.model;

/** An inclusive range of whole numbers, e.g. a score filter 0..69. */
public record IntRange(int min, int max) {
    public IntRange {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }
}
