package com.copydesk.rules;

import com.copydesk.model.Severity;
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
        assertThat(defaults.rules()).hasSize(13);
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
        assertThat(set.rules()).hasSize(12);
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
    }
}
