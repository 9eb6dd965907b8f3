package com.copydesk.review;

import com.copydesk.model.Severity;
import com.copydesk.rules.checks.NearDuplicateRule;
import com.copydesk.store.CorpusRepository;
import com.copydesk.store.Store;
import com.copydesk.store.TestTx;
import com.copydesk.store.Tx;
import com.copydesk.support.GeneratorDrafts;
import com.copydesk.support.GeneratorDrafts.Kind;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The near-duplicate step alone, over N generator drafts with 200 planted copies: what an import
 * does for the near-duplicate rule per batch of {@link ImportDrafts#BATCH_DRAFTS} drafts (their
 * features, the document frequencies, the batch's bucket read, each draft indexed and verified,
 * the settling pass; as {@code FlagDrafts.changed}), timed, while the drafts themselves are put in
 * the store with the fewest columns and no other rule (not timed). This makes 1,000,000 drafts
 * feasible on a small machine, where two full imports (with and without the rule) are not. It
 * prints the step's time per draft at each decade of the store (the drafts of the last
 * {@link #WINDOW} before it: the cost of a draft arriving in a store of that size), bucket rows
 * and candidates per draft, and the recall of the planted copies. Used by
 * {@code bench/run.sh NearStepBenchmark N...}.
 */
public final class NearStepRun {
    static final int PLANTED = 200;
    /** Drafts over which the time per draft at a checkpoint is measured. */
    static final int WINDOW = 5_000;
    /**
     * The step's CPU time is measured beside its wall time: on a shared machine the wall time of
     * the same work varies with the load several times over, its CPU time much less. Features
     * are hashed on the common pool too; the rest (the store's work included) runs on this thread.
     */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private NearStepRun() {
    }

    public static void run(int drafts, Path dir) throws Exception {
        Path file = dir.resolve("near-step.db");
        Files.deleteIfExists(file);
        NearDuplicateRule rule = new NearDuplicateRule(Severity.WARN, 0.75, 2);
        CorpusRepository corpus = new CorpusRepository();
        Random rnd = new Random(41);
        Set<Integer> planted = new HashSet<>();
        while (planted.size() < PLANTED) {
            planted.add(rnd.nextInt(drafts));
        }
        Map<String, String> originalOf = new HashMap<>();
        Kind[] kinds = Kind.values();
        Set<Long> boilerplate = Collections.synchronizedSet(new HashSet<>());
        double loadBefore = load();
        long stepNanos = 0;
        long commitNanos = 0;
        long windowNanos = 0;
        long stepCpu = 0;
        long windowCpu = 0;
        int windowDrafts = 0;
        int total = drafts + PLANTED;
        int nextCheckpoint = 10_000;
        try (Store store = Store.open(file, Clock.systemUTC())) {
            int i = 0;
            int p = 0;
            long id = 0;
            while (i < drafts) {
                List<ObjectNode> batch = new ArrayList<>();
                while (batch.size() < ImportDrafts.BATCH_DRAFTS && i < drafts) {
                    ObjectNode d = GeneratorDrafts.draft(i, 42);
                    batch.add(d);
                    if (planted.contains(i)) {
                        Kind kind = kinds[p % kinds.length];
                        String reference = "planted-" + kind.name().toLowerCase() + "-" + p++;
                        originalOf.put(reference, d.get("reference").asText());
                        batch.add(GeneratorDrafts.copy(d, kind, reference, rnd));
                    }
                    i++;
                }
                long firstId = id + 1;
                id += batch.size();
                long[] took = new long[2];
                long beforeCommit = System.nanoTime();
                store.write(c -> {
                    pragmas(c);
                    insert(c, batch, firstId);
                    long start = System.nanoTime();
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    List<long[]> prints = batch.parallelStream()
                            .map(d -> NearIndex.features(d.get("body").asText(), rule)).toList();
                    Tx tx = TestTx.of(c);
                    NearIndex index = new NearIndex(tx, corpus, rule, boilerplate, corpus.draftCount(tx));
                    index.learnBoilerplate(prints);
                    index.prefetch(prints);
                    for (int k = 0; k < prints.size(); k++) {
                        index.add(firstId + k, prints.get(k));
                    }
                    index.settle();
                    took[0] = System.nanoTime() - start;
                    took[1] = CPU.getCurrentThreadCpuTime() - cpuStart;
                    return null;
                });
                long commit = System.nanoTime() - beforeCommit - took[0];
                stepNanos += took[0];
                stepCpu += took[1];
                commitNanos += commit;
                if (i > nextCheckpoint - WINDOW) {
                    windowNanos += took[0];
                    windowCpu += took[1];
                    windowDrafts += batch.size();
                }
                if (i >= nextCheckpoint || i == drafts) {
                    System.out.printf("  at %,d drafts (%tT): near-duplicate step %.3f ms a draft, %.3f ms of its thread's CPU "
                            + "(the last %,d drafts), load %.1f, %s%n", i, new java.util.Date(), windowNanos / 1e6 / Math.max(1, windowDrafts),
                            windowCpu / 1e6 / Math.max(1, windowDrafts), windowDrafts, load(), rss());
                    if (i < drafts) {
                        // a run cut short still gives candidates, recall and clean drafts so far (not timed)
                        int sofar = (int) id;
                        store.write(c -> {
                            report(c, sofar, originalOf);
                            return null;
                        });
                    }
                    windowNanos = 0;
                    windowCpu = 0;
                    windowDrafts = 0;
                    while (nextCheckpoint <= i) {
                        // 10k, 30k, 100k, then every 100k: a run cut short still says how far it got
                        nextCheckpoint = nextCheckpoint >= 100_000 ? nextCheckpoint + 100_000
                                : String.valueOf(nextCheckpoint).startsWith("1") ? nextCheckpoint * 3 : nextCheckpoint / 3 * 10;
                    }
                }
            }
            double loadAfter = load();
            System.out.printf("near-duplicate step: %,d generator drafts + %d planted copies, load %.1f -> %.1f%n",
                    drafts, PLANTED, loadBefore, loadAfter);
            System.out.printf("  whole run: step %.3f ms a draft (%.1f s; %.3f ms of CPU), write and commit %.3f ms a draft%n",
                    stepNanos / 1e6 / total, stepNanos / 1e9, stepCpu / 1e6 / total, commitNanos / 1e6 / total);
            store.write(c -> {
                report(c, total, originalOf);
                return null;
            });
        }
    }

    /** Settings to compare (-Dnear.pragmas="cache_size=-1000000;mmap_size=0"): set on the writer before each batch. */
    private static void pragmas(Connection c) throws SQLException {
        String pragmas = System.getProperty("near.pragmas", "");
        try (Statement s = c.createStatement()) {
            for (String pragma : pragmas.split(";")) {
                if (!pragma.isBlank()) {
                    s.execute("PRAGMA " + pragma.trim());
                }
            }
        }
    }

    private static void insert(Connection c, List<ObjectNode> batch, long firstId) throws SQLException {
        try (PreparedStatement draft = c.prepareStatement("INSERT INTO draft (id, reference, title, content_hash, "
                + "imported_at, updated_at) VALUES (?, ?, ?, ?, '2026-12-07T10:00:00Z', '2026-12-07T10:00:00Z')");
             PreparedStatement text = c.prepareStatement("INSERT INTO draft_text (draft_id, body, document) VALUES (?, ?, '{}')")) {
            long id = firstId;
            for (ObjectNode d : batch) {
                draft.setLong(1, id);
                draft.setString(2, d.get("reference").asText());
                draft.setString(3, d.get("title").asText());
                draft.setString(4, d.get("reference").asText());
                draft.addBatch();
                text.setLong(1, id);
                text.setString(2, d.get("body").asText());
                text.addBatch();
                id++;
            }
            draft.executeBatch();
            text.executeBatch();
        }
    }

    private static void report(Connection c, int total, Map<String, String> originalOf) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sum(n * min(n, 129)) * 1.0 / " + total
                     + ", sum(CASE WHEN n <= 128 THEN n * n ELSE 0 END) * 1.0 / " + total
                     + ", (SELECT count(*) FROM boilerplate), (SELECT count(*) FROM near_pair), (SELECT count(*) FROM near_df) "
                     + "FROM (SELECT count(*) AS n FROM near_anchor GROUP BY feature)")) {
            // a bucket of more than 128 drafts is read up to its 129th row and then left (NearIndex)
            rs.next();
            System.out.printf("  per draft, in the final store: bucket rows read %.1f, candidates %.1f "
                    + "(at most %d verified); boilerplate features %,d; pairs %,d; counted features %,d%n",
                    rs.getDouble(1), rs.getDouble(2), NearIndex.VERIFIED, rs.getLong(3), rs.getLong(4), rs.getLong(5));
        }
        Map<String, Set<String>> twins = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT x.reference, y.reference FROM near_pair p "
                     + "JOIN draft x ON x.id = p.a JOIN draft y ON y.id = p.b")) {
            while (rs.next()) {
                twins.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                twins.computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getString(1));
            }
        }
        int found = 0;
        Map<String, Integer> missed = new TreeMap<>();
        for (Map.Entry<String, String> e : originalOf.entrySet()) {
            if (twins.getOrDefault(e.getKey(), Set.of()).contains(e.getValue())) {
                found++;
            } else {
                missed.merge(e.getKey().split("-")[1], 1, Integer::sum);
            }
        }
        Set<String> involved = new HashSet<>(originalOf.keySet());
        involved.addAll(originalOf.values());
        long clean = twins.keySet().stream().filter(r -> !involved.contains(r)).count();
        int cleanDrafts = total - 2 * originalOf.size();
        System.out.printf("  recall %d/%d = %.3f (missed %s); clean drafts flagged %d of %,d = %.4f%n", found, originalOf.size(),
                found / (double) originalOf.size(), missed, clean, cleanDrafts, clean / (double) cleanDrafts);
    }

    /** The process's resident memory (heap, JIT and SQLite's page caches), from /proc. */
    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> "RSS " + Long.parseLong(l.replaceAll("\\D", "")) / 1024 + " MB").findFirst().orElse("RSS ?");
        } catch (Exception e) {
            return "RSS ?";
        }
    }

    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
