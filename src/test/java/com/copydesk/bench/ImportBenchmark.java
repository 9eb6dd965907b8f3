package com.copydesk.bench;

import com.copydesk.app.Copydesk;
import com.copydesk.model.ImportSummary;
import com.copydesk.review.TaskMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Imports N generated drafts into a new store, several times, and prints the median drafts/s
 * and MB/s; then once more with the near-duplicate rule off, to show what finding near copies
 * costs. Usage: {@code bench/run.sh ImportBenchmark [N] [RUNS]} (defaults 100000 and 3).
 */
public final class ImportBenchmark {
    public static void main(String[] args) throws Exception {
        int drafts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("copydesk-bench");
        Path file = new DraftGenerator(42, 50).writeJsonLines(dir.resolve("drafts.jsonl"), drafts);
        double megabytes = Files.size(file) / 1e6;
        System.out.printf("import benchmark: %,d drafts, %.1f MB of JSON Lines (%.0f bytes a draft), %d runs%n",
                drafts, megabytes, Files.size(file) / (double) drafts, runs);
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path store = dir.resolve("store-" + run + ".db");
            try (Copydesk desk = Copydesk.open(store, Clock.systemUTC())) {
                long start = System.nanoTime();
                ImportSummary summary = desk.imports().run(List.of(file), TaskMonitor.NONE);
                double s = (System.nanoTime() - start) / 1e9;
                seconds.add(s);
                System.out.printf("  run %d: %.2f s, %,.0f drafts/s, %.1f MB/s (imported %,d, rejected %,d)%n", run, s,
                        drafts / s, megabytes / s, summary.imported(), summary.rejected());
            }
            System.out.printf("  store size: %.0f MB%n", Files.size(store) / 1e6);
        }
        Collections.sort(seconds);
        double median = seconds.get(seconds.size() / 2);
        System.out.printf("median: %.2f s for %,d drafts = %,.0f drafts/s, %.1f MB/s%n", median, drafts,
                drafts / median, megabytes / median);

        Path plain = dir.resolve("no-near-duplicates.db");
        Files.writeString(dir.resolve("no-near-duplicates.rules.yaml"),
                "rules:\n  near-duplicate:\n    enabled: false\n");
        try (Copydesk desk = Copydesk.open(plain, Clock.systemUTC())) {
            long start = System.nanoTime();
            desk.imports().run(List.of(file), TaskMonitor.NONE);
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("without the near-duplicate rule: %.2f s = %,.0f drafts/s; finding near copies adds "
                    + "%.0f%% to the import%n", s, drafts / s, (median - s) / s * 100);
        }
    }
}
