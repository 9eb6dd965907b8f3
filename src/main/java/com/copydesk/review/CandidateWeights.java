package com.copydesk.review;

import java.util.Arrays;

/**
 * A draft's near-duplicate candidates with the summed weight of the anchors each shares with it,
 * in open-addressing arrays: a draft adds up to a few thousand (id, weight) pairs, and a boxed
 * map entry for each was a quarter of the import's writer thread at 100,000 drafts.
 */
final class CandidateWeights {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] ids;
    private double[] sums;
    private int size;

    CandidateWeights(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        ids = new long[capacity];
        Arrays.fill(ids, EMPTY);
        sums = new double[capacity];
    }

    /** Adds a weight to an id's sum (in the order given: the sums are the same as a map's merge). */
    void add(long id, double weight) {
        if (id == EMPTY) {
            throw new IllegalArgumentException("id " + id + " is reserved");
        }
        int mask = ids.length - 1;
        int slot = slot(id, mask);
        while (ids[slot] != EMPTY && ids[slot] != id) {
            slot = (slot + 1) & mask;
        }
        if (ids[slot] == EMPTY) {
            ids[slot] = id;
            sums[slot] = weight;
            if (++size * 2 > ids.length) {
                grow();
            }
        } else {
            sums[slot] += weight;
        }
    }

    int size() {
        return size;
    }

    double sum(long id) {
        int mask = ids.length - 1;
        for (int slot = slot(id, mask); ids[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (ids[slot] == id) {
                return sums[slot];
            }
        }
        return 0;
    }

    /** The {@code n} ids with the highest sums, best first; equal sums by lower id first. */
    long[] best(int n) {
        long[] keys = new long[size];
        double[] values = new double[size];
        int k = 0;
        for (int slot = 0; slot < ids.length; slot++) {
            if (ids[slot] != EMPTY) {
                keys[k] = ids[slot];
                values[k++] = sums[slot];
            }
        }
        int wanted = Math.min(n, size);
        // a partial selection sort: n is small (the verified few), the candidates a few thousand
        for (int i = 0; i < wanted; i++) {
            int top = i;
            for (int j = i + 1; j < size; j++) {
                if (values[j] > values[top] || (values[j] == values[top] && keys[j] < keys[top])) {
                    top = j;
                }
            }
            long key = keys[i];
            double value = values[i];
            keys[i] = keys[top];
            values[i] = values[top];
            keys[top] = key;
            values[top] = value;
        }
        return Arrays.copyOf(keys, wanted);
    }

    private void grow() {
        long[] oldIds = ids;
        double[] oldSums = sums;
        ids = new long[oldIds.length * 2];
        Arrays.fill(ids, EMPTY);
        sums = new double[ids.length];
        int mask = ids.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != EMPTY) {
                int slot = slot(oldIds[i], mask);
                while (ids[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = oldIds[i];
                sums[slot] = oldSums[i];
            }
        }
    }

    private static int slot(long id, int mask) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
