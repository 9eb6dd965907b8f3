package com.copydesk.rules;

import com.copydesk.model.Severity;
import com.copydesk.rules.ruleset.RuleCatalog;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.ruleset.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetLoaderTest {
    @TempDir
    Path dir;
    private final RuleSetLoader loader = new RuleSetLoader();

    @Test
    void theDefaultsHaveEveryRuleWithTheIssuesDefaults() {
        RuleSet defaults = loader.defaults();
        assertThat(defaults.configs()).extracting(RuleConfig::id).containsExactlyElementsOf(RuleCatalog.ids());
        assertThat(defaults.rules()).hasSize(22);
        RuleConfig aiStyle = defaults.configs().stream().filter(c -> c.id().equals("ai-style")).findFirst().orElseThrow();
        assertThat(aiStyle.severity()).isEqualTo(Severity.INFO);
        assertThat(defaults.nearDuplicates()).hasValueSatisfying(r -> {
            assertThat(r.threshold()).isEqualTo(0.75);
            assertThat(r.shingleWords()).isEqualTo(2);
        });
        assertThat(defaults.source()).isEqualTo("defaults");
    }

    @Test
    void aMissingOverrideFileIsNoOverride() {
        assertThat(loader.load(dir.resolve("none.rules.yaml")).version()).isEqualTo(loader.defaults().version());
    }

    @Test
    void anOverrideChangesOnlyWhatItNamesAndTheVersionFollows() throws Exception {
        Path file = Files.writeString(dir.resolve("s.rules.yaml"), """
                rules:
                  low-score:
                    thresholds: {quality: 80}
                  ai-style:
                    enabled: false
                  stale-review:
                    severity: block
                """);
        RuleSet set = loader.load(file);
        assertThat(set.version()).isNotEqualTo(loader.defaults().version());
        assertThat(set.isEnabled("ai-style")).isFalse();
        assertThat(set.rules()).hasSize(21);
        RuleConfig low = set.configs().stream().filter(c -> c.id().equals("low-score")).findFirst().orElseThrow();
        assertThat(low.map("thresholds")).containsEntry("quality", 80).containsEntry("clarity", 70);
        assertThat(set.configs().stream().filter(c -> c.id().equals("stale-review")).findFirst().orElseThrow().severity())
                .isEqualTo(Severity.BLOCK);
        assertThat(set.source()).contains(file.toString());
        assertThat(loader.load(file).version()).as("the same settings, the same version").isEqualTo(set.version());
    }

    @Test
    void mistakesAreRefusedWithAMessageThatSaysWhere() throws Exception {
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("a.yaml"), "rules:\n  low-scores: {}\n")))
                .isInstanceOf(RuleConfigException.class).hasMessageContaining("there is no rule 'low-scores'");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("b.yaml"),
                "rules:\n  stale-review:\n    max_age: 10\n")))
                .hasMessageContaining("'max_age' is not a setting here").hasMessageContaining("max_age_days");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("c.yaml"),
                "rules:\n  stale-review:\n    max_age_days: soon\n")))
                .hasMessageContaining("stale-review.max_age_days must be a whole number");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("d.yaml"),
                "rules:\n  ai-style:\n    severity: loud\n")))
                .hasMessageContaining("ai-style.severity must be block, warn or info");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("e.yaml"), "rules: [")))
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("f.yaml"),
                "rules:\n  low-score:\n    thresholds: {speed: 3}\n")))
                .hasMessageContaining("speed is not a score");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("g.yaml"),
                "rules:\n  low-score:\n    thresholds: {quality: 80}\n  low-score:\n    severity: block\n")))
                .as("a rule given twice").hasMessageContaining("low-score");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("h.yaml"),
                "rules:\n  chatbot-leftover:\n    patterns: ['turn0(search']\n")))
                .hasMessageContaining("chatbot-leftover.patterns[1] is not a valid regular expression").hasMessageContaining("turn0(search");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("h2.yaml"),
                "rules:\n  chatbot-leftover:\n    reply_cues: {model: ['as an (ai']}\n")))
                .hasMessageContaining("chatbot-leftover.reply_cues.model[1] is not a valid regular expression");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("h3.yaml"),
                "rules:\n  chatbot-leftover:\n    reply_cues: {models: ['as an ai']}\n")))
                .hasMessageContaining("models").hasMessageContaining("model");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("i.yaml"),
                "rules:\n  unsafe-link:\n    networks: [10.0.0.0/40]\n")))
                .hasMessageContaining("unsafe-link.networks").hasMessageContaining("10.0.0.0/40");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("j.yaml"),
                "rules:\n  unsafe-link:\n    script_severity: red\n")))
                .hasMessageContaining("unsafe-link.script_severity must be block, warn or info");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("k.yaml"),
                "rules:\n  topic-mismatch:\n    min_coverage: 2\n")))
                .hasMessageContaining("topic-mismatch.min_coverage must be a number from 0.0 to 1.0");
        assertThatThrownBy(() -> loader.load(Files.writeString(dir.resolve("l.yaml"),
                "rules:\n  reviewer-note:\n    records: fine\n")))
                .hasMessageContaining("reviewer-note.records must be a list of texts");
    }

    @Test
    void everyRuleHasAScopeAndTheNewRulesTheirDefaults() {
        RuleSet defaults = loader.defaults();
        java.util.Map<String, Severity> severities = new java.util.HashMap<>();
        defaults.configs().forEach(c -> severities.put(c.id(), c.severity()));
        assertThat(severities).containsEntry("chatbot-leftover", Severity.BLOCK).containsEntry("placeholder", Severity.BLOCK)
                .containsEntry("truncated", Severity.BLOCK).containsEntry("repeated-text", Severity.WARN)
                .containsEntry("broken-markdown", Severity.WARN).containsEntry("topic-mismatch", Severity.WARN)
                .containsEntry("empty-section", Severity.WARN).containsEntry("unsafe-link", Severity.WARN)
                .containsEntry("future-date", Severity.WARN);
        for (Rule rule : defaults.rules()) {
            assertThat(rule.scope()).as(rule.id()).isEqualTo(RuleCatalog.scope(rule.id()));
        }
        assertThat(RuleCatalog.scope("topic-mismatch")).isEqualTo(com.copydesk.model.RuleScope.META);
        assertThat(RuleCatalog.scope("future-date")).isEqualTo(com.copydesk.model.RuleScope.META);
        assertThat(RuleCatalog.scope("chatbot-leftover")).isEqualTo(com.copydesk.model.RuleScope.CONTENT);
    }

    @Test
    void generatorMetaDecidesWhetherMetaRulesJudgeADraftWithoutIt() throws Exception {
        com.copydesk.model.Draft page = com.copydesk.model.Draft.of("p", "A page", "Text of a page.\n");
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 25);
        RuleSet auto = loader.defaults();
        assertThat(auto.generatorMeta()).isEqualTo(com.copydesk.model.GeneratorMeta.AUTO);
        assertThat(auto.evaluate(page, today, CorpusFacts.NONE)).noneMatch(f -> f.rule().equals("missing-meta"));
        com.copydesk.model.Draft generated = page.withChecklist(java.util.List.of("check it"));
        assertThat(auto.evaluate(generated, today, CorpusFacts.NONE)).anyMatch(f -> f.rule().equals("missing-meta"));

        RuleSet required = loader.load(Files.writeString(dir.resolve("r.rules.yaml"), "generator_meta: required\nrules: {}\n"));
        assertThat(required.evaluate(page, today, CorpusFacts.NONE)).anyMatch(f -> f.rule().equals("missing-meta"));
        assertThat(required.version()).isNotEqualTo(auto.version());

        RuleSet absent = loader.load(Files.writeString(dir.resolve("a.rules.yaml"), "generator_meta: absent\nrules: {}\n"));
        assertThat(absent.evaluate(generated, today, CorpusFacts.NONE)).noneMatch(f -> f.rule().equals("missing-meta"));

        Path wrong = Files.writeString(dir.resolve("w.rules.yaml"), "generator_meta: sometimes\nrules: {}\n");
        assertThatThrownBy(() -> loader.load(wrong)).isInstanceOf(RuleConfigException.class)
                .hasMessageContaining("generator_meta must be auto, required or absent");
    }
}
