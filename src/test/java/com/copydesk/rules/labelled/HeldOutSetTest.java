package com.copydesk.rules.labelled;

import com.copydesk.model.Draft;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.ruleset.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;

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
    private static final LabelledTally TALLY = new LabelledTally();

    @BeforeAll
    static void evaluate() throws IOException {
        List<Draft> clean = CleanDrafts.make(CLEAN, SEED);
        for (Draft draft : clean) {
            TALLY.clean("generator drafts, own titles", draft.reference(), RULES.evaluate(draft, CleanDrafts.TODAY, CorpusFacts.NONE));
        }
        Random random = new Random(SEED);
        int next = 0;
        for (Defects.Plant plant : HeldOutDefects.all()) {
            Draft source = clean.get(next++ % clean.size());
            Draft bad = plant.apply().apply(source, random);
            TALLY.planted(plant.rule(), plant.variant(), Boolean.getBoolean("labelled.debug")
                            ? bad.title() + " | " + bad.summary() + " | " + bad.notes() + "\n" + bad.body() : bad.reference(),
                    RULES.evaluate(bad, CleanDrafts.TODAY, CorpusFacts.NONE));
        }
        TALLY.report("held-out-set.md", false);
    }

    @Test
    void everyKindOfPlantedContentDefectIsFoundAtLeast95PercentOfTheTime() {
        assertThat(TALLY.planted).hasSizeGreaterThan(20);
        TALLY.planted.forEach((kind, t) -> assertThat(LabelledTally.percent(t)).as(kind + " recall; missed: " + TALLY.missed)
                .isGreaterThanOrEqualTo(95.0));
    }

    @Test
    void atMostTwoPercentOfTheOtherCleanDraftsAreFlagged() {
        assertThat(TALLY.cleanCount()).isEqualTo(CLEAN);
        assertThat(TALLY.cleanFlaggedPercent()).as("clean drafts flagged: " + TALLY.cleanFlagged).isLessThanOrEqualTo(2.0);
    }
}
