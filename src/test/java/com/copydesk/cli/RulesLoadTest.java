package com.copydesk.cli;

import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.Samples;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rules --load FILE} (cli-contract.md, "Rules", and the team section): FILE becomes the
 * store's rules — beside a SQLite store as its rule file, in a team store's database as a
 * version with who loaded it — the drafts are flagged again once, and another process (with a
 * data folder of its own, as another editor's machine) takes the new rules without flagging
 * again. The same tests on PostgreSQL in the subclass.
 */
class RulesLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final CliRunner cli = runner();

    CliRunner runner() {
        return new CliRunner();
    }

    @BeforeEach
    void importTheSample() {
        CliRun imported = cli.run("import", Samples.copy(Samples.JSON, cli.dir().resolve("in")).toString());
        assertThat(imported.status).as(imported.toString()).isZero();
    }

    private JsonNode rulesJson() throws Exception {
        CliRun rules = cli.run("rules", "--json");
        assertThat(rules.status).as(rules.toString()).isZero();
        return JSON.readTree(rules.out);
    }

    private static List<String> flagsOf(String listJson) throws Exception {
        List<String> flags = new ArrayList<>();
        for (String line : listJson.split("\n")) {
            if (!line.isBlank()) {
                JSON.readTree(line).get("flags").forEach(f -> flags.add(f.asText()));
            }
        }
        return flags;
    }

    private Path ruleFile(String name, String yaml) throws Exception {
        return Files.writeString(cli.dir().resolve(name), yaml);
    }

    /** The command line in a JVM of its own with a data folder of its own: another editor's process. */
    private Ran otherProcess(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.copydesk.app.Main", "--db", cli.store().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", Files.createTempDirectory(cli.dir(), "other").toString());
        builder.environment().remove("COPYDESK_EDITOR");
        Path err = Files.createTempFile(cli.dir(), "err", ".txt");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        Ran run = new Ran(process.exitValue(), out, Files.readString(err));
        assertThat(run.status()).as(run.toString()).isZero();
        return run;
    }

    @Test
    void loadingMakesTheFileTheStoresRulesAndFlagsAgainOnce() throws Exception {
        JsonNode before = rulesJson();
        assertThat(before.get("source").asText()).isEqualTo("defaults");
        assertThat(before.get("stored_in").asText()).isEqualTo(cli.postgres() ? "database" : "file");
        assertThat(before.get("rule_set").isNull()).isTrue();
        assertThat(flagsOf(cli.run("list", "--json").out)).contains("reviewer-note");

        Path file = ruleFile("team-rules.yaml", "rules:\n  reviewer-note:\n    enabled: false\n");
        CliRun load = cli.run("--editor", "alice", "rules", "--load", file.toString());

        assertThat(load.status).as(load.toString()).isZero();
        assertThat(load.err).contains("flagged 1 drafts again");
        CliRun next = cli.run("list", "--json");
        assertThat(next.err).as("flagged once, not again by the next command").doesNotContain("flagged");
        assertThat(flagsOf(next.out)).doesNotContain("reviewer-note");
        JsonNode after = rulesJson();
        assertThat(after.toString()).doesNotContain("\"id\":\"reviewer-note\",\"enabled\":true");
        if (cli.postgres()) {
            assertThat(after.get("stored_in").asText()).isEqualTo("database");
            assertThat(after.get("rule_set").get("version").asLong()).isEqualTo(1);
            assertThat(after.get("rule_set").get("changed_by").asText()).isEqualTo("alice");
            assertThat(after.get("source").asText()).contains("rule set version 1").contains("alice");
        } else {
            Path beside = cli.dir().resolve("store.rules.yaml");
            assertThat(after.get("file").asText()).isEqualTo(beside.toString());
            assertThat(Files.readString(beside)).isEqualTo(Files.readString(file));
        }
    }

    @Test
    void anotherProcessTakesTheNewRulesWithoutFlaggingAgain() throws Exception {
        Path file = ruleFile("team-rules.yaml", "rules:\n  reviewer-note:\n    enabled: false\n");
        assertThat(cli.run("--editor", "alice", "rules", "--load", file.toString()).err).contains("flagged 1 drafts again");
        Files.delete(file); // the store keeps its own copy: the file loaded is not read again

        Ran list = otherProcess("list", "--json");
        assertThat(list.err()).as("the other process finds the flags current").doesNotContain("flagged");
        assertThat(flagsOf(list.out())).doesNotContain("reviewer-note");
        Ran rules = otherProcess("rules");
        assertThat(rules.out()).contains(cli.postgres() ? "version 1" : "store.rules.yaml");
        assertThat(rules.err()).doesNotContain("flagged");

        // a change made by that other process reaches this one, flagged again once
        Path back = ruleFile("back.yaml", "rules:\n  reviewer-note:\n    enabled: true\n");
        Ran again = otherProcess("--editor", "bob", "rules", "--load", back.toString());
        assertThat(again.err()).contains("flagged 1 drafts again");
        CliRun here = cli.run("show", "--json", Samples.REFERENCE);
        assertThat(here.err).doesNotContain("flagged");
        assertThat(JSON.readTree(here.out).get("review").get("flags").toString()).contains("reviewer-note");
        if (cli.postgres()) {
            assertThat(rulesJson().get("rule_set").get("changed_by").asText()).isEqualTo("bob");
            assertThat(rulesJson().get("rule_set").get("version").asLong()).isEqualTo(2);
        }
    }

    @Test
    void aWrongFileIsRefusedAndTheRulesStay() throws Exception {
        Path good = ruleFile("good.yaml", "rules:\n  reviewer-note:\n    enabled: false\n");
        assertThat(cli.run("rules", "--load", good.toString()).status).isZero();
        Path wrong = ruleFile("wrong.yaml", "rules:\n  no-such-rule:\n    enabled: false\n");

        CliRun refused = cli.run("rules", "--load", wrong.toString());

        assertThat(refused.status).as(refused.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err).contains("no-such-rule");
        assertThat(cli.run("rules", "--load", cli.dir().resolve("missing.yaml").toString()).status)
                .isEqualTo(ExitCode.USAGE);
        assertThat(flagsOf(cli.run("list", "--json").out)).doesNotContain("reviewer-note");
        if (cli.postgres()) {
            assertThat(rulesJson().get("rule_set").get("version").asLong()).isEqualTo(1);
        }
    }

    /** A finished process's status and output. */
    private record Ran(int status, String out, String err) {
    }
}
