package com.copydesk.bench;

import com.copydesk.app.Copydesk;
import com.copydesk.model.Overview;
import com.copydesk.model.ScoreName;
import com.copydesk.review.TaskMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times the overview's queries on a store of N imported generated drafts (some approved or
 * rejected, some with the editor's scores), then on a copy grown to N x COPIES drafts by copying
 * the draft rows and their findings in SQL (the overview reads no draft text, so the copies need
 * none). The imported store is kept in the temporary folder and used again by the next run.
 * Usage: {@code bench/run.sh OverviewBenchmark [N] [RUNS] [COPIES]} (defaults 100000, 7, 1).
 */
public final class OverviewBenchmark {
    public static void main(String[] args) throws Exception {
        int drafts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "copydesk-overview-bench"));
        Path store = dir.resolve("overview-" + drafts + ".db");
        if (!Files.exists(store)) {
            importDrafts(dir, store, drafts);
        }
        measure(store, runs);
        if (copies > 1) {
            Path grown = dir.resolve("overview-" + drafts + "x" + copies + ".db");
            if (!Files.exists(grown)) {
                grow(store, grown, copies);
            }
            measure(grown, runs);
        }
    }

    private static void importDrafts(Path dir, Path store, int drafts) {
        Path file = new DraftGenerator(42, 50).writeJsonLines(dir.resolve("drafts-" + drafts + ".jsonl"), drafts);
        try (Copydesk desk = Copydesk.open(store, Clock.systemUTC())) {
            long start = System.nanoTime();
            desk.imports().run(List.of(file), TaskMonitor.NONE);
            System.out.printf("imported %,d drafts in %.1f s%n", drafts, (System.nanoTime() - start) / 1e9);
            desk.store().write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE draft SET status = 'approved' WHERE id % 5 = 0");
                    s.executeUpdate("UPDATE draft SET status = 'rejected' WHERE id % 13 = 0");
                    s.executeUpdate("UPDATE draft SET ed_quality = 40 + id % 50 WHERE id % 9 = 0");
                }
                return null;
            });
        }
        try {
            Files.delete(file);
        } catch (Exception e) {
            // the drafts file is only a leftover
        }
    }

    /** Copies the store, then adds COPIES - 1 copies of every draft row and finding, a day apart each. */
    private static void grow(Path store, Path grown, int copies) throws Exception {
        Files.copy(store, grown, StandardCopyOption.REPLACE_EXISTING);
        try (Copydesk desk = Copydesk.open(grown, Clock.systemUTC())) {
            long start = System.nanoTime();
            for (int k = 1; k < copies; k++) {
                int copy = k;
                desk.store().write(c -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("INSERT INTO draft (reference, title, summary, topic, difficulty, last_reviewed, "
                                + "imp_quality, imp_freshness, imp_depth, imp_clarity, content_hash, imported_at, "
                                + "updated_at, status, ed_quality, checklist, checklist_total, severity) "
                                + "SELECT reference || '~" + copy + "', title, summary, topic, difficulty, last_reviewed, "
                                + "imp_quality, imp_freshness, imp_depth, imp_clarity, content_hash, "
                                + "strftime('%Y-%m-%dT%H:%M:%fZ', imported_at, '-" + copy + " days'), updated_at, status, "
                                + "ed_quality, checklist, checklist_total, severity FROM draft WHERE reference NOT LIKE '%~%'");
                        s.executeUpdate("INSERT INTO finding (draft_id, rule, severity, message, cluster) "
                                + "SELECT n.id, f.rule, f.severity, f.message, f.cluster FROM finding f "
                                + "JOIN draft o ON o.id = f.draft_id JOIN draft n ON n.reference = o.reference || '~"
                                + copy + "' WHERE o.reference NOT LIKE '%~%'");
                    }
                    return null;
                });
            }
            System.out.printf("grew the store to x%d in %.1f s%n", copies, (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            desk.store().write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP INDEX draft_imported_at");
                    s.execute("CREATE INDEX draft_imported_at ON draft(imported_at)");
                }
                return null;
            });
            System.out.printf("migration 3 (CREATE INDEX draft_imported_at) on it: %.1f s%n",
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static void measure(Path store, int runs) {
        try (Copydesk desk = Copydesk.open(store, Clock.systemUTC())) {
            List<Double> millis = new ArrayList<>();
            Overview overview = null;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                overview = desk.queries().overview(ZoneOffset.UTC);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            long findings = desk.store().read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM finding")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            double first = millis.get(0);
            Collections.sort(millis);
            System.out.printf("%s: %,d drafts, %,d findings, %.0f MB; overview first %.0f ms, median of %d %.0f ms "
                            + "(min %.0f, max %.0f)%n", store.getFileName(), overview.drafts(), findings,
                    store.toFile().length() / 1e6, first, runs, millis.get(millis.size() / 2), millis.get(0),
                    millis.get(millis.size() - 1));
            System.out.printf("  status %s; rules %s; quality %s without %d; imports %s x %d buckets%n",
                    overview.byStatus(), overview.byRule().size(), overview.scores().get(ScoreName.QUALITY).bins(),
                    overview.scores().get(ScoreName.QUALITY).withoutScore(), overview.imports().granularity(),
                    overview.imports().buckets().size());
        }
    }
}
