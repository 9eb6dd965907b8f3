package com.copydesk.bench;

import com.copydesk.review.NearStepRun;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The near-duplicate step alone ({@link NearStepRun}) at N generator drafts with 200 planted
 * copies: time per draft at each size the store passes, candidates per draft, recall. Usage:
 * {@code bench/run.sh NearStepBenchmark [N...]} (default 10000); each N in a new temporary folder.
 */
public final class NearStepBenchmark {
    private NearStepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (int n : BenchSizes.of(args, 10_000)) {
            Path dir = Files.createTempDirectory("copydesk-near-step");
            NearStepRun.run(n, dir);
        }
    }
}
