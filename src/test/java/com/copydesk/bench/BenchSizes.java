package com.copydesk.bench;

import java.util.ArrayList;
import java.util.List;

/** The store sizes a benchmark's command line names ({@code bench/run.sh NAME 10000 100000}), or one default. */
final class BenchSizes {
    private BenchSizes() {
    }

    static List<Integer> of(String[] args, int otherwise) {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes.add(otherwise);
        }
        return sizes;
    }
}
