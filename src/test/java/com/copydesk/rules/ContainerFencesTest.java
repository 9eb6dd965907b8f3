package com.copydesk.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerFencesTest {
    @Test
    void aContainersFencesBecomeBlankLinesAndEveryOtherLineStaysWhereItWas() {
        String body = "Intro.\n\n::: tip Prefer v-if\nUse it once.\n:::\n\n:::warning\nCareful.\n:::\nEnd.";
        assertThat(ContainerFences.blank(body)).isEqualTo("Intro.\n\n\nUse it once.\n\n\n\nCareful.\n\nEnd.");
        assertThat(ContainerFences.blank(body).lines().count()).isEqualTo(body.lines().count());
    }

    @Test
    void colonsInCodeOrProseAreLeftAlone() {
        String code = "```yaml\n:::\n::: tip\n```\n\nA ratio of 3:::4 is odd.\n";
        assertThat(ContainerFences.blank(code)).isEqualTo(code);
        String tilde = "~~~~\n```\n:::\n~~~~\n:::\n";
        assertThat(ContainerFences.blank(tilde)).isEqualTo("~~~~\n```\n:::\n~~~~\n\n");
    }

    @Test
    void aParagraphClosedByAContainerFenceDoesNotSeemCutOff() {
        String body = RuleChecksTest.BODY + "\n::: tip\nKeys must be unique. Refer to the list rendering guide for details.\n:::\n";
        assertThat(new com.copydesk.rules.ruleset.RuleSetLoader().defaults()
                .evaluate(RuleChecksTest.clean().toBuilder().body(body).build(), RuleChecksTest.TODAY, CorpusFacts.NONE))
                .noneMatch(f -> f.rule().equals("truncated"));
    }
}
