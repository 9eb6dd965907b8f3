package com.copydesk.bench;

import com.copydesk.app.Copydesk;
import com.copydesk.review.ReflagDrafts;
import com.copydesk.review.TaskMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Imports N generated drafts (a near copy every 50th), then flags all of them again RUNS times,
 * each time after a real change of the store's rule file (the quality threshold of low-score
 * moves between 70 and 80, which changes the findings of about one draft in five), and prints the
 * median drafts/s.
 * Usage: {@code bench/run.sh ReflagBenchmark [N] [RUNS]} (defaults 100000 and 3).
 */
public final class ReflagBenchmark {
    public static void main(String[] args) throws Exception {
        int drafts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("copydesk-reflag");
        Path file = new DraftGenerator(42, 50).writeJsonLines(dir.resolve("drafts.jsonl"), drafts);
        Path store = dir.resolve("store.db");
        try (Copydesk desk = Copydesk.open(store, Clock.systemUTC())) {
            long start = System.nanoTime();
            desk.imports().run(List.of(file), TaskMonitor.NONE);
            System.out.printf("re-flag benchmark: %,d drafts imported in %.1f s%n", drafts,
                    (System.nanoTime() - start) / 1e9);
            List<Double> rates = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Files.writeString(desk.rules().ruleFile(), "rules:\n  low-score:\n    thresholds: {quality: "
                        + (run % 2 == 1 ? 80 : 70) + "}\n");
                desk.rules().reload();
                ReflagDrafts.Result result = desk.rules().reflag(TaskMonitor.NONE);
                double rate = result.drafts() / result.seconds();
                rates.add(rate);
                System.out.printf("  run %d: %,d drafts in %.2f s = %,.0f drafts/s%n", run, result.drafts(),
                        result.seconds(), rate);
            }
            Collections.sort(rates);
            System.out.printf("median: %,.0f drafts/s (%,d drafts, %d runs)%n", rates.get(rates.size() / 2), drafts, runs);
            var stats = desk.queries().stats();
            System.out.printf("flagged %,d of %,d; by rule %s%n", stats.flagged(), stats.total(), stats.byRule());
        }
    }
}
