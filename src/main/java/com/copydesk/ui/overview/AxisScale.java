package com.copydesk.ui.overview;

import java.util.Locale;

/**
 * The range and tick step of a count axis: from 0 to a round number at or above the largest
 * count, in at most {@value #MAX_TICKS} whole steps of 1, 2 or 5 times a power of ten, so that
 * an axis of counts never shows 0.5 drafts.
 */
record AxisScale(long upper, long step) {
    static final int MAX_TICKS = 5;

    static AxisScale of(double max) {
        if (max <= 0) {
            return new AxisScale(MAX_TICKS, 1);
        }
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                long candidate = step * factor;
                if (candidate * MAX_TICKS >= max) {
                    return new AxisScale(candidate * (long) Math.ceil(max / candidate), candidate);
                }
            }
            step *= 10;
        }
    }

    /** A count for an axis: 950, 1,500, 25k, 1.2M. */
    static String label(double value) {
        long n = Math.round(value);
        if (n >= 1_000_000) {
            return trim(String.format(Locale.ENGLISH, "%.1f", n / 1e6)) + "M";
        }
        if (n >= 10_000) {
            return trim(String.format(Locale.ENGLISH, "%.1f", n / 1e3)) + "k";
        }
        return String.format("%,d", n);
    }

    private static String trim(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }
}
