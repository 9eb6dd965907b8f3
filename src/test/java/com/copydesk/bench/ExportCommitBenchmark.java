package com.copydesk.bench;

import com.copydesk.app.Copydesk;
import com.copydesk.model.ExportFormat;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.ExportScope;
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
 * What the Markdown export's commit protocol costs: N approved drafts exported, then RUNS times 1 %
 * of them changed and exported again, into a versioned destination (a new version, the unchanged
 * files carried as hard links, one rename) and, in the same run, into a folder written in place
 * (the files moved over the old ones, {@code -Dcopydesk.export.inPlace}). Then the carrying alone:
 * N files hard-linked against copied into a new folder. Usage:
 * {@code bench/run.sh ExportCommitBenchmark [N] [RUNS]} (defaults 20000 and 3).
 */
public final class ExportCommitBenchmark {
    public static void main(String[] args) throws Exception {
        int drafts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("copydesk-commit-bench");
        try (Copydesk desk = Copydesk.open(dir.resolve("store.db"), Clock.systemUTC())) {
            desk.imports().run(List.of(new DraftGenerator(42, 50).writeJsonLines(dir.resolve("drafts.jsonl"), drafts)),
                    TaskMonitor.NONE);
            desk.store().write(c -> c.createStatement().executeUpdate(
                    "UPDATE draft SET status = 'approved', decided_at = '2026-11-25T10:00:00Z'"));
            Path versioned = dir.resolve("versioned");
            Path inPlace = dir.resolve("in-place");
            // the two kinds take turns, so that neither has the warm caches or the quiet minute to itself
            System.out.printf("%,d drafts, full export: versioned %.2f s, in place %.2f s%n", drafts,
                    export(desk, versioned, false), export(desk, inPlace, true));
            List<Double> versionedSeconds = new ArrayList<>();
            List<Double> inPlaceSeconds = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                int quality = run;
                desk.store().write(c -> c.createStatement().executeUpdate(
                        "UPDATE draft SET ed_quality = " + quality + " WHERE id % 100 = 0"));
                if (run % 2 == 0) {
                    inPlaceSeconds.add(export(desk, inPlace, true));
                    versionedSeconds.add(export(desk, versioned, false));
                } else {
                    versionedSeconds.add(export(desk, versioned, false));
                    inPlaceSeconds.add(export(desk, inPlace, true));
                }
            }
            System.out.printf("1 %% changed, median of %d: versioned %.2f s, in place %.2f s%n", runs,
                    median(versionedSeconds), median(inPlaceSeconds));
            System.clearProperty("copydesk.export.inPlace");
            Path version = dir.resolve("versioned").toRealPath();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(version)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            System.out.printf("carrying %,d files: hard links %.2f s, copies %.2f s%n", files.size(),
                    carry(files, version, dir.resolve("links"), true), carry(files, version, dir.resolve("copies"), false));
        } finally {
            delete(dir);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double export(Copydesk desk, Path destination, boolean inPlace) {
        System.setProperty("copydesk.export.inPlace", Boolean.toString(inPlace));
        long start = System.nanoTime();
        desk.exports().run(new ExportRequest(ExportFormat.MARKDOWN, destination, ExportScope.approved(), true, true),
                TaskMonitor.NONE);
        return (System.nanoTime() - start) / 1e9;
    }

    private static double carry(List<Path> files, Path from, Path to, boolean link) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(to);
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            if (link) {
                Files.createLink(target, file);
            } else {
                Files.copy(file, target);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
