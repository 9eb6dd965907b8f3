package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.Finding;
import com.copydesk.model.StoredDraft;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.GeneratorDrafts;
import com.copydesk.support.GeneratorDrafts.Kind;
import com.copydesk.support.MutableClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A labelled set: 2,000 drafts of the content generator's shape (whose unrelated drafts share
 * most of their words) with 20 planted copies of each kind (spun 3–15 %, sentences shuffled,
 * synonyms swapped, re-titled, exact, markup and whitespace only). At least 99 % of the copies
 * must be found, each naming its original, and at most 1 % of the clean drafts flagged; and the
 * findings do not depend on the order or the batches the drafts came in.
 */
class NearDuplicateLabelledTest {
    static final int DRAFTS = 2_000;
    static final int PER_KIND = 20;

    @TempDir
    Path dir;

    /** The labelled set: JSON lines, and which reference each copy copies. */
    record Labelled(List<String> lines, Map<String, String> originalOf) {
    }

    static Labelled labelled(int drafts, int perKind, long seed) {
        List<String> lines = new ArrayList<>();
        List<ObjectNode> originals = new ArrayList<>();
        for (int i = 0; i < drafts; i++) {
            ObjectNode d = GeneratorDrafts.draft(i, seed);
            originals.add(d);
            lines.add(GeneratorDrafts.json(d));
        }
        Random rnd = new Random(seed);
        Map<String, String> originalOf = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        int p = 0;
        for (Kind kind : Kind.values()) {
            for (int k = 0; k < perKind; k++) {
                int from;
                do {
                    from = rnd.nextInt(drafts);
                } while (!used.add(from));
                String reference = "planted-" + kind.name().toLowerCase() + "-" + p++;
                lines.add(GeneratorDrafts.json(GeneratorDrafts.copy(originals.get(from), kind, reference, rnd)));
                originalOf.put(reference, originals.get(from).get("reference").asText());
            }
        }
        return new Labelled(lines, originalOf);
    }

    @Test
    void findsTheCopiesOfEveryKindAndFlagsFewCleanDrafts() throws Exception {
        Labelled set = labelled(DRAFTS, PER_KIND, 23);
        Path file = DraftFiles.lines(dir.resolve("labelled.jsonl"), set.lines());
        try (Copydesk desk = Copydesk.open(dir.resolve("s.db"), MutableClock.at("2026-12-07T10:00:00Z"))) {
            desk.imports().run(List.of(file), TaskMonitor.NONE);
            Map<String, String> findings = nearFindings(desk);
            Map<Kind, Integer> missed = new TreeMap<>();
            int found = 0;
            for (Map.Entry<String, String> planted : set.originalOf().entrySet()) {
                String copyFinding = findings.getOrDefault(planted.getKey(), "");
                String originalFinding = findings.getOrDefault(planted.getValue(), "");
                if (copyFinding.contains(planted.getValue() + " \"") && originalFinding.contains(planted.getKey() + " \"")) {
                    found++;
                } else {
                    missed.merge(Kind.valueOf(planted.getKey().split("-")[1].toUpperCase()), 1, Integer::sum);
                }
            }
            Set<String> involved = new HashSet<>(set.originalOf().keySet());
            involved.addAll(set.originalOf().values());
            long cleanFlagged = findings.keySet().stream().filter(r -> !involved.contains(r)).count();
            double recall = (double) found / set.originalOf().size();
            double falseShare = (double) cleanFlagged / (DRAFTS - set.originalOf().size());
            System.out.printf("near-duplicate labelled set: recall %.3f (missed %s), clean drafts flagged %d (%.4f)%n",
                    recall, missed, cleanFlagged, falseShare);
            assertThat(recall).as("recall, missed by kind %s", missed).isGreaterThanOrEqualTo(0.99);
            assertThat(falseShare).as("clean drafts flagged").isLessThanOrEqualTo(0.01);
        }
    }

    @Test
    void theFindingsDoNotDependOnTheOrderOrTheBatches() throws Exception {
        Labelled set = labelled(600, 6, 29);
        Path once = DraftFiles.lines(dir.resolve("once.jsonl"), set.lines());
        List<String> reversed = new ArrayList<>(set.lines());
        Collections.reverse(reversed);
        List<String> shuffled = new ArrayList<>(set.lines());
        Collections.shuffle(shuffled, new Random(3));
        Map<String, String> atOnce = findingsAfter(dir.resolve("a.db"), List.of(once));
        assertThat(atOnce.keySet()).as("the copies are found").containsAll(set.originalOf().keySet().stream()
                .filter(r -> r.contains("exact") || r.contains("retitled") || r.contains("markup")).toList());
        List<Path> batches = new ArrayList<>();
        for (int from = 0; from < reversed.size(); from += 97) {
            batches.add(DraftFiles.lines(dir.resolve("batch-" + from + ".jsonl"),
                    reversed.subList(from, Math.min(reversed.size(), from + 97))));
        }
        Map<String, String> inBatches = new TreeMap<>();
        try (Copydesk desk = Copydesk.open(dir.resolve("b.db"), MutableClock.at("2026-12-07T10:00:00Z"))) {
            for (Path batch : batches) {
                desk.imports().run(List.of(batch), TaskMonitor.NONE);
            }
            inBatches.putAll(nearFindings(desk));
        }
        assertThat(inBatches).isEqualTo(atOnce);
        Map<String, String> otherOrder = findingsAfter(dir.resolve("c.db"),
                List.of(DraftFiles.lines(dir.resolve("shuffled.jsonl"), shuffled)));
        assertThat(otherOrder).isEqualTo(atOnce);
    }

    private Map<String, String> findingsAfter(Path store, List<Path> files) {
        try (Copydesk desk = Copydesk.open(store, MutableClock.at("2026-12-07T10:00:00Z"))) {
            desk.imports().run(files, TaskMonitor.NONE);
            return nearFindings(desk);
        }
    }

    /** Each flagged draft's near-duplicate finding, by reference. */
    static Map<String, String> nearFindings(Copydesk desk) {
        List<Long> ids = new ArrayList<>();
        desk.queries().forEachId(DraftFilter.ALL.withRule("near-duplicate"), ids::add);
        Map<String, String> findings = new TreeMap<>();
        for (long id : ids) {
            StoredDraft d = desk.queries().find(id).orElseThrow();
            for (Finding f : d.findings()) {
                if (f.rule().equals("near-duplicate")) {
                    findings.put(d.reference(), f.message());
                }
            }
        }
        return findings;
    }
}
