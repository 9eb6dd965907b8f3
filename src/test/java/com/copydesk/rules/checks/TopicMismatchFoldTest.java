package com.copydesk.rules.checks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** topic-mismatch compares stems: the forms a topic and a body use for one word must meet. */
class TopicMismatchFoldTest {
    @Test
    void theFormsOfOneWordShareTheirStem() {
        assertThat(TopicMismatchRule.fold("caching")).isEqualTo(TopicMismatchRule.fold("cache"))
                .isEqualTo(TopicMismatchRule.fold("cached")).isEqualTo(TopicMismatchRule.fold("caches"));
        assertThat(TopicMismatchRule.fold("services")).isEqualTo(TopicMismatchRule.fold("service"));
        assertThat(TopicMismatchRule.fold("testing")).isEqualTo(TopicMismatchRule.fold("tests"))
                .isEqualTo(TopicMismatchRule.fold("tested"));
        assertThat(TopicMismatchRule.fold("queries")).isEqualTo(TopicMismatchRule.fold("query"));
        assertThat(TopicMismatchRule.fold("deployed")).isEqualTo(TopicMismatchRule.fold("deploy"));
    }

    @Test
    void differentWordsKeepDifferentStems() {
        assertThat(TopicMismatchRule.fold("cache")).isNotEqualTo(TopicMismatchRule.fold("queue"));
        assertThat(TopicMismatchRule.fold("free")).isNotEqualTo(TopicMismatchRule.fold("fre"));
        assertThat(TopicMismatchRule.fold("rust")).isNotEqualTo(TopicMismatchRule.fold("go"));
    }
}
