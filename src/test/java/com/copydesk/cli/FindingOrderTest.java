package com.copydesk.cli;

import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings are listed most severe first, then by rule id, on every surface of the command line:
 * the rule file's order (ai-style, an info note, comes before low-score and suspicious-text)
 * must not show through.
 */
class FindingOrderTest {
    /** block, then the warn findings by rule id, then the info note. */
    private static final List<String> EXPECTED = List.of("suspicious-text", "low-score", "missing-meta", "stale-review",
            "ai-style");

    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @BeforeEach
    void importADraftWithEverySeverity() {
        DraftFiles.write(cli.dir().resolve("in/mixed.jsonl"), "{\"reference\":\"mixed\",\"title\":\"Mixed\","
                + "\"body\":\"Some text.\\n\\n<script>x()</script>\\n\",\"flags\":{\"ai_generated_style\":1},"
                + "\"score\":{\"quality\":10,\"freshness\":80,\"depth\":80,\"clarity\":80}}\n");
        assertThat(cli.run("import", cli.dir().resolve("in").toString()).status).isZero();
    }

    @Test
    void showListsTheMostSevereFirstInTextAndJson() throws Exception {
        JsonNode flags = new ObjectMapper().readTree(cli.run("show", "--json", "mixed").out).get("review").get("flags");
        List<String> rules = new ArrayList<>();
        flags.forEach(f -> rules.add(f.get("rule").asText()));
        assertThat(rules).isEqualTo(EXPECTED);

        String text = cli.run("show", "mixed").out;
        List<Integer> at = EXPECTED.stream().map(rule -> text.indexOf(rule)).toList();
        assertThat(at).doesNotContain(-1).isSorted();
    }

    @Test
    void listJsonNamesTheRulesMostSevereFirst() throws Exception {
        JsonNode row = new ObjectMapper().readTree(cli.run("list", "--json").lines().get(0));
        List<String> rules = new ArrayList<>();
        row.get("flags").forEach(f -> rules.add(f.asText()));
        assertThat(rules).isEqualTo(EXPECTED);
    }

    @Test
    void theCsvFindingsCellListsTheMostSevereFirst() throws Exception {
        Path out = cli.dir().resolve("report.csv");
        assertThat(cli.run("export", "--format", "csv", "--out", out.toString(), "--status", "pending").status)
                .isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        List<Integer> at = EXPECTED.stream().map(rule -> csv.indexOf(rule + ":")).toList();
        assertThat(at).doesNotContain(-1).isSorted();
    }
}
