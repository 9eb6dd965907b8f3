package com.copydesk.review;

import com.copydesk.model.Finding;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.GeneratorDrafts;
import com.copydesk.support.TempDesk;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft whose title twins or near copies changed is judged again by the relation rules alone,
 * its other findings kept as stored: what it ends with must be exactly what judging it whole
 * gives (the same findings, in the same order, with the same words).
 */
class FlagDraftsRelationsTest {
    @RegisterExtension
    final TempDesk temp = new TempDesk();

    @Test
    void keptFindingsAreThoseAWholeJudgementGives() {
        List<String> lines = drafts();
        for (int i = 0; i < lines.size(); i += 3) {
            // a few drafts an import: every later one re-judges the relations of earlier ones
            List<String> batch = lines.subList(i, Math.min(lines.size(), i + 3));
            temp.desk().imports().run(List.of(DraftFiles.lines(temp.dir().resolve("in-" + i + ".jsonl"), batch)),
                    TaskMonitor.NONE);
        }
        Map<String, List<Finding>> kept = findings(lines);
        assertThat(kept.get("planted-0")).as("an early draft keeps its content finding and gains relations later")
                .extracting(Finding::rule).contains("placeholder", "near-duplicate", "duplicate-title");

        temp.desk().store().write(c -> {
            try (var s = c.createStatement()) {
                s.execute("DELETE FROM setting WHERE key = '" + FlagDrafts.RULES_VERSION + "'");
            }
            return null;
        });
        assertThat(temp.desk().rules().needsReflag()).isTrue();
        temp.desk().rules().reflag(TaskMonitor.NONE);

        assertThat(findings(lines)).isEqualTo(kept);
    }

    private Map<String, List<Finding>> findings(List<String> lines) {
        Map<String, List<Finding>> byReference = new LinkedHashMap<>();
        for (String line : lines) {
            String reference = line.replaceFirst("^\\{\"reference\":\"([^\"]+)\".*", "$1");
            byReference.put(reference, temp.desk().queries().find(reference).orElseThrow().findings());
        }
        return byReference;
    }

    /**
     * Generator drafts (shared titles), near copies of some arriving after their originals, and
     * content defects planted in originals, so that kept content findings meet new relations.
     */
    private static List<String> drafts() {
        Random rnd = new Random(12);
        List<ObjectNode> originals = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            originals.add(GeneratorDrafts.draft(i, 5));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ObjectNode planted = originals.get(i).deepCopy();
            planted.put("reference", "planted-" + i);
            planted.put("body", planted.get("body").asText().replace("## final notes",
                    i % 2 == 0 ? "[INSERT EXAMPLE HERE]\n\n## final notes" : "I hope this helps! Let me know if you need anything else.\n\n## final notes"));
            lines.add(GeneratorDrafts.json(planted));
        }
        List<String> later = new ArrayList<>();
        for (ObjectNode original : originals) {
            later.add(GeneratorDrafts.json(original));
        }
        GeneratorDrafts.Kind[] kinds = GeneratorDrafts.Kind.values();
        for (int i = 0; i < 12; i++) {
            later.add(GeneratorDrafts.json(GeneratorDrafts.copy(originals.get(i % 6), kinds[i % kinds.length], "copy-" + i, rnd)));
        }
        Collections.shuffle(later, rnd);
        lines.addAll(later);
        return lines;
    }
}
