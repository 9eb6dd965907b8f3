package com.copydesk.rules;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * MinHash signatures and their bands for locality-sensitive hashing. Two bodies whose shingle
 * sets have Jaccard similarity J agree on each signature value with probability J, so they share
 * at least one band of {@code rows} values with probability 1 - (1 - J^rows)^bands: with 16 bands
 * of 4 rows, 0.9998 at J = 0.8 and 0.12 at J = 0.3. Drafts that share a band are candidates, and
 * only candidates are compared, never every pair. How the 64 values are cut into bands follows the
 * threshold ({@link #rowsFor}): a lower threshold needs shorter bands to find its pairs.
 */
public final class MinHash {
    public static final int SIZE = 64;
    /** A pair at the threshold must become a candidate at least this often. */
    private static final double RECALL_AT_THRESHOLD = 0.999;

    /** Hash function i is x -> high 32 bits of (A[i] * x + B[i]): one multiply-add per value. */
    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        long seed = 0x5DEECE66DL;
        for (int i = 0; i < SIZE; i++) {
            seed = Shingles.mix(seed + 0x9E3779B97F4A7C15L);
            A[i] = seed | 1;
            seed = Shingles.mix(seed + 0x9E3779B97F4A7C15L);
            B[i] = seed;
        }
    }

    private MinHash() {
    }

    /** The signature of a shingle set: for each of the hash functions, the least hash (32 bits). */
    public static int[] signature(long[] shingles) {
        int[] signature = new int[SIZE];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            // shingle hashes are already well mixed (Shingles.mix), so multiply-shift suffices
            for (int i = 0; i < SIZE; i++) {
                int h = (int) ((A[i] * shingle + B[i]) >>> 33);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The fraction of equal values: an estimate of the Jaccard similarity. */
    public static double estimate(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / SIZE;
    }

    /**
     * Values per band for a similarity threshold: the most (so the fewest chance candidates) with
     * which a pair exactly at the threshold still shares a band with probability 0.999; never fewer
     * than 2 (32 bands), which finds 99.6 % of pairs at 0.4 and 95 % at 0.3.
     */
    public static int rowsFor(double threshold) {
        for (int rows : new int[] {8, 4}) {
            if (1 - Math.pow(1 - Math.pow(threshold, rows), SIZE / rows) >= RECALL_AT_THRESHOLD) {
                return rows;
            }
        }
        return 2;
    }

    /** One bucket per band of {@code rows} values: the band's number (5 bits) and the hash of its values, in one long. */
    public static long[] buckets(int[] signature, int rows) {
        int bands = SIZE / rows;
        long[] buckets = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = band;
            for (int r = 0; r < rows; r++) {
                h = Shingles.mix(h * 0x100000001B3L + signature[band * rows + r]);
            }
            // 59 bits of hash under 5 bits of band: a hash bit in the band's place made bands collide
            buckets[band] = (h & 0x07FF_FFFF_FFFF_FFFFL) | ((long) band << 59);
        }
        return buckets;
    }

    public static byte[] toBytes(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(SIZE * 4);
        buffer.asIntBuffer().put(signature);
        return buffer.array();
    }

    public static int[] fromBytes(byte[] bytes) {
        int[] signature = new int[SIZE];
        ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
        return signature;
    }
}
