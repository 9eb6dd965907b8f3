package com.copydesk.bench;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.Finding;
import com.copydesk.model.StoredDraft;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.GeneratorDrafts;
import com.copydesk.support.GeneratorDrafts.Kind;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Imports N drafts of the content generator's shape with 200 planted copies (spun 3–15 %,
 * shuffled, synonyms, re-titled, exact, markup only; as {@code NearDuplicateLabelledTest}) twice,
 * with and without the near-duplicate rule, and prints: the import times, the near-duplicate
 * step's time per draft (the difference), candidates read per draft, recall of the planted
 * copies and the clean drafts flagged. Usage: {@code bench/run.sh NearDuplicateBenchmark [N...]}
 * (default 10000).
 */
public final class NearDuplicateBenchmark {
    private static final int PLANTED = 200;

    public static void main(String[] args) throws Exception {
        for (int n : BenchSizes.of(args, 10_000)) {
            run(n);
        }
    }

    private static void run(int drafts) throws Exception {
        Path dir = Files.createTempDirectory("copydesk-near-bench");
        Path file = dir.resolve("drafts.jsonl");
        Map<String, String> originalOf = new HashMap<>();
        Random rnd = new Random(41);
        Set<Integer> planted = new HashSet<>();
        while (planted.size() < PLANTED) {
            planted.add(rnd.nextInt(drafts));
        }
        Kind[] kinds = Kind.values();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int p = 0;
            for (int i = 0; i < drafts; i++) {
                ObjectNode d = GeneratorDrafts.draft(i, 42);
                out.write(GeneratorDrafts.json(d));
                out.write('\n');
                if (planted.contains(i)) {
                    Kind kind = kinds[p % kinds.length];
                    String reference = "planted-" + kind.name().toLowerCase() + "-" + p++;
                    // written later in the file, among other drafts, as a copier's upload would be
                    originalOf.put(reference, d.get("reference").asText());
                    out.write(GeneratorDrafts.json(GeneratorDrafts.copy(d, kind, reference, rnd)));
                    out.write('\n');
                }
            }
        }
        int total = drafts + PLANTED;
        Files.writeString(dir.resolve("off.rules.yaml"), "rules:\n  near-duplicate:\n    enabled: false\n");
        double off = importSeconds(dir.resolve("off.db"), file);
        double on = importSeconds(dir.resolve("on.db"), file);
        System.out.printf("near-duplicate benchmark: %,d generator drafts + %d planted copies%n", drafts, PLANTED);
        System.out.printf("  import with every rule %.1f s, without near-duplicate %.1f s: the near-duplicate step "
                + "%.3f ms a draft%n", on, off, (on - off) * 1000 / total);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("on.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sum(n * min(n, 129)) * 1.0 / " + total
                     + ", sum(CASE WHEN n <= 128 THEN n * n ELSE 0 END) * 1.0 / " + total
                     + ", (SELECT count(*) FROM boilerplate), (SELECT count(*) FROM near_pair) "
                     + "FROM (SELECT count(*) AS n FROM near_anchor GROUP BY feature)")) {
            // a bucket of more than 128 drafts is read up to its 129th row and then left (NearIndex)
            System.out.printf("  per draft, in the final store: bucket rows read %.1f, candidates %.1f; "
                    + "boilerplate features %,d; pairs %,d%n", rs.getDouble(1), rs.getDouble(2), rs.getLong(3), rs.getLong(4));
        }
        try (Copydesk desk = Copydesk.open(dir.resolve("on.db"), Clock.systemUTC())) {
            Map<String, String> findings = new HashMap<>();
            List<Long> ids = new ArrayList<>();
            desk.queries().forEachId(DraftFilter.ALL.withRule("near-duplicate"), ids::add);
            for (long id : ids) {
                StoredDraft d = desk.queries().find(id).orElseThrow();
                for (Finding f : d.findings()) {
                    if (f.rule().equals("near-duplicate")) {
                        findings.put(d.reference(), f.message());
                    }
                }
            }
            int found = 0;
            Map<String, Integer> missed = new java.util.TreeMap<>();
            for (Map.Entry<String, String> e : originalOf.entrySet()) {
                if (findings.getOrDefault(e.getKey(), "").contains(e.getValue() + " \"")) {
                    found++;
                } else {
                    missed.merge(e.getKey().split("-")[1], 1, Integer::sum);
                }
            }
            Set<String> involved = new HashSet<>(originalOf.keySet());
            involved.addAll(originalOf.values());
            long clean = findings.keySet().stream().filter(r -> !involved.contains(r)).count();
            System.out.printf("  recall %d/%d = %.3f (missed %s); clean drafts flagged %d of %d = %.4f%n", found, PLANTED,
                    found / (double) PLANTED, missed, clean, drafts - PLANTED, clean / (double) (drafts - PLANTED));
        }
    }

    private static double importSeconds(Path store, Path file) {
        try (Copydesk desk = Copydesk.open(store, Clock.systemUTC())) {
            long start = System.nanoTime();
            desk.imports().run(List.of(file), TaskMonitor.NONE);
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
