package com.copydesk.rules.labelled;

import com.copydesk.model.Finding;
import com.copydesk.model.Severity;
import com.copydesk.rules.ruleset.RuleCatalog;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.ruleset.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rules on the labelled set: every rule finds at least 99 % of the defects planted
 * for it, and at most 2 % of the clean drafts (which include near misses) get a finding at warn
 * or above. Prints the table the README shows, and writes it to target/labelled-set.md.
 */
class LabelledSetTest {
    private static LabelledSet set;
    private static final RuleSet RULES = new RuleSetLoader().defaults();
    private static final Map<String, int[]> TALLY = new TreeMap<>(); // rule -> planted, found, clean flagged
    private static final List<String> MISSED = new ArrayList<>();
    private static final List<String> CLEAN_FLAGGED = new ArrayList<>();
    private static int cleanFlagged;

    @BeforeAll
    static void evaluate() throws IOException {
        set = new LabelledSet();
        RuleCatalog.ids().forEach(id -> TALLY.put(id, new int[3]));
        for (LabelledSet.Labelled labelled : set.clean) {
            List<Finding> findings = RULES.evaluate(labelled.draft(), CleanDrafts.TODAY, labelled.facts());
            boolean flagged = false;
            for (Finding finding : findings) {
                if (finding.severity() != Severity.INFO) {
                    TALLY.get(finding.rule())[2]++;
                    flagged = true;
                    if (CLEAN_FLAGGED.size() < 20) {
                        CLEAN_FLAGGED.add(labelled.draft().reference() + ": " + finding);
                    }
                }
            }
            cleanFlagged += flagged ? 1 : 0;
        }
        for (LabelledSet.Labelled labelled : set.planted) {
            int[] tally = TALLY.get(labelled.rule());
            tally[0]++;
            boolean found = RULES.evaluate(labelled.draft(), CleanDrafts.TODAY, labelled.facts()).stream()
                    .anyMatch(f -> f.rule().equals(labelled.rule()));
            if (found) {
                tally[1]++;
            } else if (MISSED.size() < 40) {
                MISSED.add(labelled.rule() + " / " + labelled.variant() + ": " + labelled.draft().reference());
                if (Boolean.getBoolean("labelled.debug")) {
                    System.out.println("MISSED " + labelled.rule() + " / " + labelled.variant() + "\n" + labelled.draft().title() + "\n"
                            + labelled.draft().body() + "\n" + RULES.evaluate(labelled.draft(), CleanDrafts.TODAY, labelled.facts()));
                }
            }
        }
        String table = table();
        System.out.println(table);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("labelled-set.md"), table);
        }
    }

    private static String table() {
        StringBuilder out = new StringBuilder("| rule | planted | found | recall | clean drafts flagged (warn+) |\n| --- | --- | --- | --- | --- |\n");
        TALLY.forEach((rule, t) -> out.append(String.format(Locale.ROOT, "| `%s` | %d | %d | %.1f %% | %d of %d |%n", rule, t[0], t[1],
                t[0] == 0 ? 0 : 100.0 * t[1] / t[0], t[2], set.clean.size())));
        out.append(String.format(Locale.ROOT, "| all rules | %d | %d | %.1f %% | %d of %d (%.1f %%) |%n",
                set.planted.size(), TALLY.values().stream().mapToInt(t -> t[1]).sum(),
                100.0 * TALLY.values().stream().mapToInt(t -> t[1]).sum() / set.planted.size(),
                cleanFlagged, set.clean.size(), 100.0 * cleanFlagged / set.clean.size()));
        return out.toString();
    }

    @Test
    void everyRuleHasPlantedDefectsInSeveralWordingsAndTheCleanSetIsVaried() {
        TALLY.forEach((rule, t) -> assertThat(t[0]).as(rule).isGreaterThanOrEqualTo(30));
        assertThat(set.clean.stream().map(l -> l.draft().title()).distinct()).hasSize(set.clean.size());
        assertThat(set.clean.stream().map(l -> l.draft().topic()).distinct().count()).isGreaterThan(30);
        assertThat(set.clean.stream().filter(l -> l.draft().body().contains("```")).count()).isGreaterThan(50);
        assertThat(set.clean.stream().filter(l -> l.draft().body().contains("{{")).count()).as("near misses: templates in code").isGreaterThan(20);
        assertThat(set.clean.stream().mapToInt(l -> l.draft().body().length()).summaryStatistics())
                .satisfies(s -> assertThat(s.getMax()).isGreaterThan(2 * s.getMin()));
    }

    @Test
    void everyRuleFindsAtLeast99PercentOfItsPlantedDefects() {
        TALLY.forEach((rule, t) -> assertThat(100.0 * t[1] / t[0]).as(rule + " recall; missed: " + MISSED).isGreaterThanOrEqualTo(99.0));
    }

    @Test
    void atMostTwoPercentOfCleanDraftsAreFlagged() {
        assertThat(100.0 * cleanFlagged / set.clean.size()).as("clean drafts flagged: " + CLEAN_FLAGGED).isLessThanOrEqualTo(2.0);
    }
}
