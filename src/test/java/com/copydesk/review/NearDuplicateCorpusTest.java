package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.model.Finding;
import com.copydesk.model.StoredDraft;
import com.copydesk.support.DraftCorpus;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated corpus with planted near copies (a draft's body with two words changed, under its
 * own reference and title): every planted pair is found, and no unrelated pair is.
 */
class NearDuplicateCorpusTest {
    private static final int DRAFTS = 2_000;
    private static final int PLANTED = 30;
    private static final Pattern NAMED = Pattern.compile("(gen-\\d+|copy-\\d+) \"");

    @TempDir
    Path dir;

    @Test
    void findsEveryPlantedPairAndNoUnrelatedOne() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < DRAFTS; n++) {
            lines.add(DraftCorpus.draft(n, 11));
        }
        Random random = new Random(5);
        Map<String, String> plantedFrom = new HashMap<>();
        for (int p = 0; p < PLANTED; p++) {
            int original = random.nextInt(DRAFTS);
            String copy = DraftCorpus.draft(original, 11)
                    .replaceFirst("\"reference\":\"gen-" + original + "\"", "\"reference\":\"copy-" + p + "\"")
                    .replaceFirst("\"title\":\"", "\"title\":\"copy " + p + ": ")
                    .replaceFirst(" the ", " one ").replaceFirst(" cache ", " store ");
            lines.add(copy);
            plantedFrom.put("copy-" + p, "gen-" + original);
        }
        Path file = DraftFiles.lines(dir.resolve("corpus.jsonl"), lines);
        Set<String> found = namedPairs(file);
        Set<String> planted = new TreeSet<>();
        plantedFrom.forEach((copy, original) -> planted.add(pair(copy, original)));
        // two copies of one original are near each other too: those pairs are planted as well
        plantedFrom.forEach((a, oa) -> plantedFrom.forEach((b, ob) -> {
            if (!a.equals(b) && oa.equals(ob)) {
                planted.add(pair(a, b));
            }
        }));
        assertThat(found).isEqualTo(planted);
    }

    @Test
    void aHigherThresholdInTheStoresRuleFileKeepsOnlyTheCloserCopies() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("s.rules.yaml"), "rules:\n  near-duplicate:\n    threshold: 0.98\n");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < 500; n++) {
            lines.add(DraftCorpus.draft(n, 13));
        }
        Map<String, String> exact = new HashMap<>();
        Map<String, String> spun = new HashMap<>();
        for (int p = 0; p < 10; p++) {
            var copy = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(DraftCorpus.draft(p * 7, 13));
            copy.put("reference", "copy-" + p).put("title", "copy " + p);
            if (p % 2 == 1) {
                String[] words = copy.get("body").asText().split(" ");
                for (int w = p; w < words.length; w += 9) {
                    words[w] = "changed" + w; // one word in 9: near, but not within 0.98
                }
                copy.put("body", String.join(" ", words));
                spun.put("copy-" + p, "gen-" + p * 7);
            } else {
                exact.put("copy-" + p, "gen-" + p * 7);
            }
            lines.add(json.writeValueAsString(copy));
        }
        Path file = DraftFiles.lines(dir.resolve("corpus.jsonl"), lines);
        Set<String> found = namedPairs(file);
        Set<String> expected = new TreeSet<>();
        exact.forEach((copy, original) -> expected.add(pair(copy, original)));
        assertThat(found).isEqualTo(expected);
    }

    /** Imports the file into a new store and gives each pair a near-duplicate finding names ("a ~ b"). */
    private Set<String> namedPairs(Path file) {
        try (Copydesk desk = Copydesk.open(dir.resolve("s.db"), MutableClock.at("2026-11-25T10:00:00Z"))) {
            desk.imports().run(List.of(file), TaskMonitor.NONE);
            Set<String> found = new TreeSet<>();
            List<Long> ids = new ArrayList<>();
            desk.queries().forEachId(com.copydesk.model.DraftFilter.ALL.withRule("near-duplicate"), ids::add);
            for (long id : ids) {
                StoredDraft d = desk.queries().find(id).orElseThrow();
                for (Finding f : d.findings()) {
                    Matcher m = NAMED.matcher(f.rule().equals("near-duplicate") ? f.message() : "");
                    while (m.find()) {
                        found.add(pair(d.reference(), m.group(1)));
                    }
                }
            }
            return found;
        }
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " ~ " + b : b + " ~ " + a;
    }
}
