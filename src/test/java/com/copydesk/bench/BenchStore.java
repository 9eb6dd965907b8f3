package com.copydesk.bench;

import com.copydesk.app.Copydesk;
import com.copydesk.model.ImportSummary;
import com.copydesk.review.TaskMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A store of N generated drafts for the benchmarks that need a big one, built through the app's
 * own import (rules, findings, near copies, full-text index) and kept for the next run: a store
 * that already holds N drafts is used as it is; one that holds fewer (an interrupted build) is
 * completed. Drafts are generated and imported 100,000 at a time, so the JSON Lines never take
 * more than about 340 MB of disk. Usage: {@code bench/run.sh BenchStore N STORE}.
 */
public final class BenchStore {
    private static final int CHUNK = 100_000;

    private BenchStore() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        ensure(Path.of(args[1]), n);
    }

    /** Makes sure the store holds drafts 0 to n-1 of {@link DraftGenerator} (seed 42, a near copy every 50th). */
    public static void ensure(Path store, int n) {
        long have;
        try (Copydesk desk = Copydesk.open(store, Clock.systemUTC())) {
            have = desk.queries().stats().total();
        }
        if (have >= n) {
            System.out.printf("store %s: %,d drafts already, %.0f MB; reused%n", store, have, sizeMb(store));
            return;
        }
        System.out.printf("store %s: %,d drafts, building up to %,d through the app's import...%n", store, have, n);
        long start = System.nanoTime();
        DraftGenerator generator = new DraftGenerator(42, 50);
        Path chunk = store.toAbsolutePath().resolveSibling(store.getFileName() + ".chunk.jsonl");
        try {
            for (int from = (int) have; from < n; from += CHUNK) {
                int to = Math.min(n, from + CHUNK);
                generator.writeJsonLines(chunk, from, to);
                long chunkStart = System.nanoTime();
                // A new Copydesk per chunk, as an editor importing file after file would.
                try (Copydesk desk = Copydesk.open(store, Clock.systemUTC())) {
                    ImportSummary summary = desk.imports().run(List.of(chunk), TaskMonitor.NONE);
                    double s = (System.nanoTime() - chunkStart) / 1e9;
                    System.out.printf("  drafts %,d-%,d: imported %,d, rejected %,d in %.0f s (%,.0f drafts/s)%n",
                            from, to - 1, summary.imported(), summary.rejected(), s, (to - from) / s);
                }
            }
            Files.deleteIfExists(chunk);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.printf("built in %.0f s; store %.0f MB%n", (System.nanoTime() - start) / 1e9, sizeMb(store));
    }

    static double sizeMb(Path store) {
        try {
            long bytes = 0;
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path f = store.resolveSibling(store.getFileName() + suffix);
                if (Files.exists(f)) {
                    bytes += Files.size(f);
                }
            }
            return bytes / 1e6;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
