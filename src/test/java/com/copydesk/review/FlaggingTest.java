package com.copydesk.review;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftStats;
import com.copydesk.model.Finding;
import com.copydesk.model.Severity;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.Samples;
import com.copydesk.support.TempDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Flags are computed on import, kept in step when related drafts arrive, and follow the rule file. */
class FlaggingTest {
    @RegisterExtension
    final TempDesk temp = new TempDesk();

    private List<String> rules(String reference) {
        return temp.desk().queries().find(reference).orElseThrow().findings().stream().map(Finding::rule).toList();
    }

    private void importLines(String name, String... lines) {
        temp.desk().imports().run(List.of(DraftFiles.lines(temp.dir().resolve(name), List.of(lines))), TaskMonitor.NONE);
    }

    @Test
    void theSampleIsFlaggedOnImportAndCountedByRule() {
        temp.desk().imports().run(List.of(Samples.copy(Samples.JSON, temp.dir().resolve("in"))), TaskMonitor.NONE);
        assertThat(rules(Samples.REFERENCE)).containsExactlyInAnyOrder("ai-style", "stale-review", "reading-time",
                "reviewer-note");
        assertThat(temp.desk().queries().find(Samples.REFERENCE).orElseThrow().flagged()).isTrue();
        DraftStats stats = temp.desk().queries().stats();
        assertThat(stats.byRule()).containsEntry("reading-time", 1L).containsEntry("ai-style", 1L);
        assertThat(stats.flagged()).isEqualTo(1);
        assertThat(temp.desk().queries().count(DraftFilter.ALL.withFlaggedOnly(true))).isEqualTo(1);
        assertThat(temp.desk().queries().count(DraftFilter.ALL.withRule("ai-style"))).isEqualTo(1);
        assertThat(temp.desk().queries().count(DraftFilter.ALL.withRule("low-score"))).isZero();
    }

    @Test
    void onlyAnInfoFindingDoesNotFlag() {
        importLines("a.jsonl", RuleDraft.clean("r1").replace("\"ai_generated_style\":0", "\"ai_generated_style\":1"));
        assertThat(rules("r1")).containsExactly("ai-style");
        assertThat(temp.desk().queries().find("r1").orElseThrow().findings().get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(temp.desk().queries().count(DraftFilter.ALL.withFlaggedOnly(true))).isZero();
    }

    @Test
    void aLaterNearCopyAndASameTitleFlagTheDraftThatWasThereBefore() {
        importLines("a.jsonl", RuleDraft.clean("r1"));
        assertThat(rules("r1")).isEmpty();
        importLines("b.jsonl", RuleDraft.clean("r2").replaceFirst("word7 word3", "word7 other"));
        assertThat(rules("r1")).containsExactlyInAnyOrder("near-duplicate", "duplicate-title");
        assertThat(rules("r2")).containsExactlyInAnyOrder("near-duplicate", "duplicate-title");
        String message = temp.desk().queries().find("r1").orElseThrow().findings().stream()
                .filter(f -> f.rule().equals("near-duplicate")).findFirst().orElseThrow().message();
        assertThat(message).startsWith("near copy of r2 \"A title\" (").contains(">= 0.75");

        // r2 is rewritten and retitled: r1 is no longer a near copy of anything
        importLines("b.jsonl", RuleDraft.clean("r2").replace("A title", "Another title")
                .replaceAll("word\\d", "text"));
        assertThat(rules("r1")).isEmpty();
        assertThat(rules("r2")).doesNotContain("near-duplicate", "duplicate-title");
    }

    @Test
    void aChangedRuleFileFlagsEveryDraftAgain() throws Exception {
        temp.desk().imports().run(List.of(Samples.copy(Samples.JSON, temp.dir().resolve("in"))), TaskMonitor.NONE);
        assertThat(temp.desk().rules().needsReflag()).as("an import into an empty store flags with the rules in force")
                .isFalse();

        Files.writeString(temp.desk().rules().ruleFile(), "rules:\n  reading-time:\n    enabled: false\n"
                + "  stale-review:\n    max_age_days: 1000\n");
        assertThat(temp.desk().rules().reload()).isTrue();
        assertThat(temp.desk().rules().needsReflag()).isTrue();
        ReflagDrafts.Result result = temp.desk().rules().reflag(TaskMonitor.NONE);
        assertThat(result.drafts()).isEqualTo(1);
        assertThat(rules(Samples.REFERENCE)).containsExactlyInAnyOrder("ai-style", "reviewer-note");
        assertThat(temp.desk().rules().reload()).as("nothing changed since").isFalse();
    }

    @Test
    void reflaggingAStoreFromBeforeTheRulesBuildsTheIndexAndFindsEverything() {
        importLines("a.jsonl", RuleDraft.clean("r1"), RuleDraft.clean("r2").replaceFirst("word7 word3", "word7 other"));
        temp.desk().store().write(c -> {
            try (var s = c.createStatement()) {
                s.execute("DELETE FROM finding");
                s.execute("DELETE FROM near_pair");
                s.execute("DELETE FROM near_anchor");
                s.execute("DELETE FROM near_print");
                s.execute("DELETE FROM boilerplate");
                s.execute("UPDATE draft SET title_key = NULL, severity = 0");
                s.execute("DELETE FROM setting");
            }
            return null;
        });
        assertThat(temp.desk().rules().needsReflag()).isTrue();
        ReflagDrafts.Result result = temp.desk().rules().reflag(TaskMonitor.NONE);
        assertThat(result.indexRebuilt()).isTrue();
        assertThat(rules("r1")).containsExactlyInAnyOrder("near-duplicate", "duplicate-title");
        List<Long> flagged = new ArrayList<>();
        temp.desk().queries().forEachId(DraftFilter.ALL.withFlaggedOnly(true), flagged::add);
        assertThat(flagged).hasSize(2);
    }
}
