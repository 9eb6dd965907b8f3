package com.copydesk.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A body as the set of its word shingles (runs of {@code size} consecutive words), each hashed
 * to 64 bits. Words are lower-cased letters and digits; Markdown link and image targets are left
 * out, so that two copies of a text with different image URLs still read as copies. The
 * near-duplicate rule has its own features ({@link TextFeatures}); the tests keep this plain
 * measure to keep their generated clean drafts apart from each other.
 */
public final class Shingles {
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");

    private Shingles() {
    }

    /** The distinct shingle hashes of a text, sorted. A text shorter than one shingle is one shingle. */
    public static long[] of(String text, int size) {
        String plain = LINK_TARGET.matcher(text == null ? "" : text).replaceAll("]").toLowerCase(Locale.ROOT);
        long[] words = new long[16];
        int count = 0;
        int start = -1;
        for (int i = 0; i <= plain.length(); i++) {
            boolean letter = i < plain.length() && Character.isLetterOrDigit(plain.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = TextFeatures.mix(plain.substring(start, i).hashCode() * 0x9E3779B97F4A7C15L);
                start = -1;
            }
        }
        if (count == 0) {
            return new long[0];
        }
        int n = Math.max(1, count - size + 1);
        long[] shingles = new long[n];
        for (int s = 0; s < n; s++) {
            long h = 0;
            for (int w = s; w < Math.min(count, s + size); w++) {
                h = TextFeatures.mix(h * 31 + words[w]);
            }
            shingles[s] = h;
        }
        return TextFeatures.sortedDistinct(shingles, n);
    }

    /** Jaccard similarity of two sorted distinct sets: |A ∩ B| / |A ∪ B|. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
