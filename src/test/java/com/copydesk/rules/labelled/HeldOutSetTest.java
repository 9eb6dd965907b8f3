package com.copydesk.rules.labelled;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.Severity;
import com.copydesk.rules.CorpusFacts;
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
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rules on the second labelled set ({@link HeldOutDefects}: other wordings and
 * positions) over clean drafts of another seed: every kind of planted content defect is found at
 * least 95 % of the time (the bar for content defects on its hidden set; the rules reach
 * more, asserted per kind below), and at most 2 % of these clean drafts get a finding at warn or
 * above. Prints the table the README shows and writes it to target/held-out-set.md.
 */
class HeldOutSetTest {
    private static final long SEED = 20261207L;
    private static final int CLEAN = 400;
    private static final RuleSet RULES = new RuleSetLoader().defaults();
    private static final Map<String, int[]> TALLY = new TreeMap<>(); // "rule / variant" -> planted, found
    private static final List<String> MISSED = new ArrayList<>();
    private static final List<String> CLEAN_FLAGGED = new ArrayList<>();
    private static int cleanCount;
    private static int cleanFlagged;

    @BeforeAll
    static void evaluate() throws IOException {
        List<Draft> clean = CleanDrafts.make(CLEAN, SEED);
        cleanCount = clean.size();
        for (Draft draft : clean) {
            List<Finding> findings = RULES.evaluate(draft, CleanDrafts.TODAY, CorpusFacts.NONE);
            List<Finding> flagging = findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
            if (!flagging.isEmpty()) {
                cleanFlagged++;
                CLEAN_FLAGGED.add(draft.reference() + ": " + flagging);
            }
        }
        Random random = new Random(SEED);
        int next = 0;
        for (Defects.Plant plant : HeldOutDefects.all()) {
            Draft source = clean.get(next++ % clean.size());
            Draft bad = plant.apply().apply(source, random);
            int[] tally = TALLY.computeIfAbsent(plant.rule() + " / " + plant.variant(), k -> new int[2]);
            tally[0]++;
            boolean found = RULES.evaluate(bad, CleanDrafts.TODAY, CorpusFacts.NONE).stream().anyMatch(f -> f.rule().equals(plant.rule()));
            if (found) {
                tally[1]++;
            } else if (MISSED.size() < 200) {
                MISSED.add(plant.rule() + " / " + plant.variant() + ": " + (Boolean.getBoolean("labelled.debug")
                        ? bad.title() + " | " + bad.summary() + " | " + bad.notes() + "\n" + bad.body() : bad.reference()));
            }
        }
        String table = table();
        System.out.println(table);
        MISSED.forEach(m -> System.out.println("MISSED " + m));
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("held-out-set.md"), table);
        }
    }

    private static String table() {
        Map<String, int[]> byRule = new TreeMap<>();
        TALLY.forEach((kind, t) -> {
            int[] r = byRule.computeIfAbsent(kind.substring(0, kind.indexOf(" / ")), k -> new int[2]);
            r[0] += t[0];
            r[1] += t[1];
        });
        StringBuilder out = new StringBuilder("| rule | planted (kinds) | found | recall |\n| --- | --- | --- | --- |\n");
        byRule.forEach((rule, t) -> out.append(String.format(Locale.ROOT, "| `%s` | %d (%d) | %d | %.1f %% |%n", rule, t[0],
                TALLY.keySet().stream().filter(k -> k.startsWith(rule + " / ")).count(), t[1], 100.0 * t[1] / t[0])));
        out.append(String.format(Locale.ROOT, "| clean drafts flagged (warn+) | %d of %d (%.1f %%) | | |%n", cleanFlagged, cleanCount,
                100.0 * cleanFlagged / cleanCount));
        return out.toString();
    }

    @Test
    void everyKindOfPlantedContentDefectIsFoundAtLeast95PercentOfTheTime() {
        assertThat(TALLY).hasSizeGreaterThan(20);
        TALLY.forEach((kind, t) -> assertThat(100.0 * t[1] / t[0]).as(kind + " recall; missed: " + MISSED).isGreaterThanOrEqualTo(95.0));
    }

    @Test
    void atMostTwoPercentOfTheOtherCleanDraftsAreFlagged() {
        assertThat(100.0 * cleanFlagged / cleanCount).as("clean drafts flagged: " + CLEAN_FLAGGED).isLessThanOrEqualTo(2.0);
    }
}
