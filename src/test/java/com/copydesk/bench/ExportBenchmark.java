package com.copydesk.bench;

import com.copydesk.app.Copydesk;
import com.copydesk.model.ExportFormat;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.ExportScope;
import com.copydesk.model.ExportSummary;
import com.copydesk.model.ImportSummary;
import com.copydesk.review.TaskMonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports N generated drafts, approves them all, then exports them to each format, several times
 * into a new destination (a full export) and once more into the last one (nothing changed), and
 * prints the median drafts/s and the size written. Usage: {@code bench/run.sh ExportBenchmark [N] [RUNS]}
 * (defaults 100000 and 3). Each run's output is deleted after it is measured.
 */
public final class ExportBenchmark {
    public static void main(String[] args) throws Exception {
        int drafts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("copydesk-export-bench");
        Path file = new DraftGenerator(42, 50).writeJsonLines(dir.resolve("drafts.jsonl"), drafts);
        try (Copydesk desk = Copydesk.open(dir.resolve("store.db"), Clock.systemUTC())) {
            long start = System.nanoTime();
            ImportSummary imported = desk.imports().run(List.of(file), TaskMonitor.NONE);
            System.out.printf("export benchmark: %,d drafts imported in %.1f s (%.1f MB of JSON Lines), %d runs%n",
                    imported.imported(), (System.nanoTime() - start) / 1e9, Files.size(file) / 1e6, runs);
            desk.store().write(c -> c.createStatement().executeUpdate(
                    "UPDATE draft SET status = 'approved', decided_at = '2026-11-25T10:00:00Z'"));
            for (ExportFormat format : ExportFormat.values()) {
                measure(desk, format, dir, drafts, runs);
            }
        } finally {
            delete(dir);
        }
    }

    private static void measure(Copydesk desk, ExportFormat format, Path dir, int drafts, int runs) throws IOException {
        List<Double> seconds = new ArrayList<>();
        long bytes = 0;
        Path last = null;
        for (int run = 1; run <= runs; run++) {
            Path folder = dir.resolve(format.key() + "-" + run);
            Path destination = format.filePerDraft() ? folder : folder.resolve("drafts" + format.extension());
            double s = time(desk, format, destination);
            bytes = size(folder);
            seconds.add(s);
            System.out.printf("  %-8s run %d: %6.2f s, %,9.0f drafts/s, %7.1f MB written%n", format.key(), run, s,
                    drafts / s, bytes / 1e6);
            if (last != null) {
                delete(last);
            }
            last = folder;
        }
        Path again = format.filePerDraft() ? last : last.resolve("drafts" + format.extension());
        double unchanged = time(desk, format, again);
        Collections.sort(seconds);
        double median = seconds.get(seconds.size() / 2);
        System.out.printf("%-8s median %.2f s = %,.0f drafts/s, %.1f MB (%,.0f bytes a draft); again with nothing"
                + " changed: %.2f s%n", format.key(), median, drafts / median, bytes / 1e6, bytes / (double) drafts,
                unchanged);
        delete(last);
    }

    private static double time(Copydesk desk, ExportFormat format, Path destination) {
        long start = System.nanoTime();
        ExportSummary summary = desk.exports().run(new ExportRequest(format, destination, ExportScope.approved(), true,
                true), TaskMonitor.NONE);
        double s = (System.nanoTime() - start) / 1e9;
        if (summary.drafts() == 0) {
            throw new IllegalStateException("nothing exported");
        }
        return s;
    }

    private static long size(Path folder) throws IOException {
        // a Markdown destination is a link to its version: follow it
        try (Stream<Path> files = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        Path versions = folder.resolveSibling("." + folder.getFileName() + ".copydesk");
        if (Files.isDirectory(versions)) {
            delete(versions);
        }
        if (!Files.exists(folder)) {
            Files.deleteIfExists(folder);
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
