package com.copydesk.rules.labelled;

import com.copydesk.interchange.DraftJson;
import com.copydesk.model.Draft;
import com.copydesk.support.CliRun;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code approve --all-unflagged} does with the labelled set, through the command line and a
 * real store: none of the planted defects is approved, and nearly every clean draft is. The
 * ai-style plants are left out of the first count: a style sign is {@code info} and does not hold
 * a draft back, by design.
 */
class ApproveUnflaggedOnLabelledSetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LabelledSet SET = new LabelledSet();

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at(CleanDrafts.TODAY + "T10:00:00Z");

    @Test
    void noPlantedDefectIsApproved() throws Exception {
        // Drafts planted from one clean draft are near copies of each other; in their own store the
        // relation rules are off, so that each is held back by the rule it was planted for.
        List<Draft> content = SET.planted.stream().filter(l -> !l.rule().equals("ai-style") && !RELATION.contains(l.rule()))
                .map(LabelledSet.Labelled::draft).toList();
        Path store = dir.resolve("planted.db");
        java.nio.file.Files.writeString(dir.resolve("planted.rules.yaml"),
                "rules:\n  near-duplicate:\n    enabled: false\n  duplicate-title:\n    enabled: false\n");
        assertNoneApproved(importAndApprove(store, content), content);

        // the relation plants beside the drafts they copy
        List<LabelledSet.Labelled> relation = SET.planted.stream().filter(l -> RELATION.contains(l.rule())).toList();
        Set<String> originals = new HashSet<>();
        relation.forEach(l -> {
            originals.addAll(l.facts().sameTitle());
            l.facts().nearCopies().forEach(n -> originals.add(n.reference()));
        });
        List<Draft> withOriginals = concat(SET.clean.stream().map(LabelledSet.Labelled::draft).filter(d -> originals.contains(d.reference())).toList(),
                relation.stream().map(LabelledSet.Labelled::draft).toList());
        assertNoneApproved(importAndApprove(dir.resolve("relation.db"), withOriginals),
                relation.stream().map(LabelledSet.Labelled::draft).toList());
        assertThat(content.size() + relation.size()).isGreaterThan(900);
    }

    private static final Set<String> RELATION = Set.of("near-duplicate", "duplicate-title");

    private static void assertNoneApproved(Set<String> approved, List<Draft> planted) {
        Set<String> plantedReferences = new HashSet<>(planted.stream().map(Draft::reference).toList());
        plantedReferences.retainAll(approved);
        assertThat(plantedReferences).as("planted defects approved").isEmpty();
    }

    @Test
    void nearlyEveryCleanDraftIsApproved() throws Exception {
        List<Draft> clean = SET.clean.stream().map(LabelledSet.Labelled::draft).toList();
        Set<String> approved = importAndApprove(dir.resolve("clean.db"), clean);
        assertThat(approved.size()).as("clean drafts approved").isGreaterThanOrEqualTo((int) Math.ceil(clean.size() * 0.98));
    }

    private Set<String> importAndApprove(Path store, List<Draft> drafts) throws Exception {
        DraftJson json = new DraftJson();
        Path file = DraftFiles.lines(dir.resolve(store.getFileName() + ".jsonl"), drafts.stream().map(json::toJson).toList());
        CliRun imported = CliRun.run(store, clock, "import", file.toString());
        assertThat(imported.status).as(imported.toString()).isZero();
        CliRun approve = CliRun.run(store, clock, "approve", "--all-unflagged");
        assertThat(approve.status).as(approve.toString()).isZero();
        Set<String> approved = new HashSet<>();
        for (String line : CliRun.run(store, clock, "list", "--json", "--status", "approved", "--limit", "100000").lines()) {
            approved.add(JSON.readTree(line).get("reference").asText());
        }
        return approved;
    }

    private static List<Draft> concat(List<Draft> a, List<Draft> b) {
        List<Draft> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
