package com.copydesk.cli;

import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line of cli-contract.md, as scripts and the acceptance checks call it. */
class CliContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @Test
    void importJsonReportsCountsAndEveryRejectedRecordWithExitOne() throws Exception {
        Path file = DraftFiles.lines(cli.dir().resolve("in.jsonl"), List.of(draftJson("r1", "One", "x"),
                "{\"reference\":\"r2\",\"title\":\"t\"}", draftJson("r3", "Three", "y")));
        CliRun result = cli.run("import", "--json", file.toString());
        assertThat(result.status).as(result.toString()).isEqualTo(1);
        JsonNode report = JSON.readTree(result.out);
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("updated").asInt()).isZero();
        assertThat(report.get("unchanged").asInt()).isZero();
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        JsonNode error = report.get("errors").get(0);
        assertThat(error.get("file").asText()).isEqualTo(file.toString());
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("reference").asText()).isEqualTo("r2");
        assertThat(error.get("message").asText()).contains("body");

        CliRun again = cli.run("import", "--json", file.toString());
        JsonNode second = JSON.readTree(again.out);
        assertThat(second.get("unchanged").asInt()).isEqualTo(2);
        assertThat(second.get("imported").asInt()).isZero();
    }

    @Test
    void aReferenceGivenTwiceInOneImportRejectsTheLaterNamingBothPlacesUnlessOnDuplicateLast() throws Exception {
        Path a = DraftFiles.lines(cli.dir().resolve("a.jsonl"), List.of(draftJson("r1", "First", "x")));
        Path b = DraftFiles.lines(cli.dir().resolve("b.jsonl"), List.of(draftJson("r2", "Two", "z"), draftJson("r1", "Later", "y")));
        CliRun result = cli.run("import", a.toString(), b.toString());
        assertThat(result.status).as(result.toString()).isEqualTo(1);
        assertThat(result.out).startsWith("imported 2, updated 0, unchanged 0, rejected 1")
                .contains("rejected: " + b + ":2 (r1)").contains(a + ":1");
        assertThat(JSON.readTree(cli.run("show", "--json", "r1").out).toString()).contains("First").doesNotContain("Later");

        Path c = DraftFiles.lines(cli.dir().resolve("c.jsonl"), List.of(draftJson("r3", "Early", "x"), draftJson("r3", "Late", "y")));
        CliRun last = cli.run("import", "--json", "--on-duplicate", "last", c.toString());
        assertThat(last.status).as(last.toString()).isZero();
        assertThat(JSON.readTree(last.out).get("replaced").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(cli.run("show", "--json", "r3").out).toString()).contains("Late");
    }

    @Test
    void importTextSaysWhatItDidAndExitsZeroWhenAllWentWell() {
        Path file = Samples.copy(Samples.JSON, cli.dir().resolve("in"));
        CliRun result = cli.run("import", file.toString());
        assertThat(result.status).isZero();
        assertThat(result.out).startsWith("imported 1, updated 0, unchanged 0, rejected 0");
    }

    @Test
    void showJsonOfTheSampleEqualsTheSampleInEveryField() throws Exception {
        cli.run("import", Samples.copy(Samples.PAGE, cli.dir().resolve("in")).toString());
        CliRun show = cli.run("show", "--json", Samples.REFERENCE);
        assertThat(show.status).as(show.toString()).isZero();
        JsonNode shown = JSON.readTree(show.out);
        JsonNode sample = JSON.readTree(Samples.text(Samples.JSON));
        for (Map.Entry<String, JsonNode> field : sample.properties()) {
            assertThat(shown.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue());
        }
        JsonNode review = shown.get("review");
        assertThat(review.get("status").asText()).isEqualTo("pending");
        assertThat(review.get("checklist")).hasSize(5);
        assertThat(review.get("checklist").get(0).get("item").asText()).isEqualTo("review query plans");
        assertThat(review.get("checklist").get(0).get("done").asBoolean()).isFalse();
        assertThat(review.get("imported_score").get("quality").asInt()).isEqualTo(95);
        assertThat(review.get("history").get(0).get("field").asText()).isEqualTo("draft");
        assertThat(review.get("history").get(0).get("at").asText()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(review.has("flags")).isTrue();
    }

    @Test
    void showJsonGivesEveryImportedScoreKeyEvenForADraftWithoutScores() throws Exception {
        DraftFiles.lines(cli.dir().resolve("bare.jsonl"), List.of("{\"reference\":\"bare\",\"title\":\"t\",\"body\":\"x\","
                + "\"score\":{\"depth\":50}}"));
        cli.run("import", cli.dir().resolve("bare.jsonl").toString());
        JsonNode imported = JSON.readTree(cli.run("show", "--json", "bare").out).get("review").get("imported_score");
        assertThat(imported.fieldNames()).toIterable().containsExactly("quality", "freshness", "depth", "clarity");
        assertThat(imported.get("depth").asInt()).isEqualTo(50);
        assertThat(imported.get("quality").isNull()).isTrue();
    }

    @Test
    void listIsNewestFirstWithFiltersAndJsonLines() throws Exception {
        DraftFiles.lines(cli.dir().resolve("in.jsonl"), List.of(draftJson("r1", "Indexing basics", "about indexes"),
                draftJson("r2", "Queue work", "about queues"), draftJson("r3", "More indexing", "indexes again")));
        cli.run("import", cli.dir().resolve("in.jsonl").toString());
        CliRun all = cli.run("list", "--json");
        assertThat(all.lines()).hasSize(3);
        JsonNode first = JSON.readTree(all.lines().get(0));
        assertThat(first.get("reference").asText()).isEqualTo("r3");
        assertThat(first.get("status").asText()).isEqualTo("pending");
        assertThat(first.get("title").asText()).isEqualTo("More indexing");
        assertThat(first.get("flags").isArray()).isTrue();

        assertThat(cli.run("list", "--json", "--search", "index*").lines()).hasSize(2);
        assertThat(cli.run("list", "--json", "--search", "queues").lines()).hasSize(1);
        assertThat(cli.run("list", "--json", "--limit", "1").lines()).hasSize(1);
        assertThat(cli.run("list", "--json", "--status", "approved").lines()).isEmpty();
        assertThat(cli.run("list", "--status", "pending").lines()).hasSize(3);
    }

    @Test
    void listSearchReadsWhatPeopleTypeAndRefusesWhatItCannotReadWithExitTwoAndAHint() throws Exception {
        DraftFiles.lines(cli.dir().resolve("in.jsonl"), List.of(draftJson("r1", "Rust caching", "async and ai-style prose"),
                draftJson("r2", "Go caching", "pool tuning for ai"), draftJson("r3", "Python notes", "rust caching")));
        cli.run("import", cli.dir().resolve("in.jsonl").toString());
        assertThat(references("cach* AND NOT rust")).containsExactly("r2");
        assertThat(references("caching -rust")).containsExactly("r2");
        assertThat(references("rust -go")).containsExactlyInAnyOrder("r1", "r3");
        assertThat(references("title:rust")).containsExactly("r1");
        assertThat(references("body:rust")).containsExactly("r3");
        assertThat(references("summary:python")).containsExactly("r3");
        assertThat(references("\"pool tuning\"")).containsExactly("r2");
        assertThat(references("ai-style")).containsExactly("r1");
        assertThat(references("ai -style")).containsExactly("r2");
        assertThat(references("(go OR python) cach*")).containsExactlyInAnyOrder("r2", "r3");

        for (String malformed : List.of("\"unclosed phrase", "caching OR", "AND (", "-rust", "(caching")) {
            CliRun refused = cli.run("list", "--search", malformed);
            assertThat(refused.status).as(malformed).isEqualTo(2);
            assertThat(refused.out).as(malformed).isEmpty();
            assertThat(refused.err).as(malformed).startsWith("--search: ").contains("Search syntax: ")
                    .doesNotContainIgnoringCase("fts5").doesNotContainIgnoringCase("sqlite");
        }
        assertThat(cli.run("list", "--search", "caching OR").err).contains("OR needs a word on each side");
    }

    private List<String> references(String search) throws Exception {
        CliRun list = cli.run("list", "--json", "--search", search);
        assertThat(list.status).as(list.toString()).isZero();
        List<String> references = new java.util.ArrayList<>();
        for (String line : list.lines()) {
            references.add(JSON.readTree(line).get("reference").asText());
        }
        return references;
    }

    @Test
    void statsJsonCountsByStatusAndRule() throws Exception {
        cli.run("import", Samples.copy(Samples.JSON, cli.dir().resolve("in")).toString());
        CliRun stats = cli.run("stats", "--json");
        JsonNode node = JSON.readTree(stats.out);
        assertThat(node.get("total").asInt()).isEqualTo(1);
        assertThat(node.get("by_status").get("pending").asInt()).isEqualTo(1);
        assertThat(node.get("by_status").get("approved").asInt()).isZero();
        assertThat(node.get("by_rule").isObject()).isTrue();
    }

    @Test
    void textFromDraftsCannotDriveTheTerminalButJsonStaysExact() throws Exception {
        String title = "Evil \\u001b[2J\\u202Etitle";
        DraftFiles.lines(cli.dir().resolve("evil.jsonl"), List.of("{\"reference\":\"evil\",\"title\":\"" + title
                + "\",\"body\":\"line\\r overwritten\"}", "{\"reference\":\"two\\tcolumns\",\"title\":\"Two\\nlines\","
                + "\"body\":\"x\"}"));
        cli.run("import", cli.dir().resolve("evil.jsonl").toString());
        CliRun list = cli.run("list");
        assertThat(list.out).contains("Evil <U+001B>[2J<U+202E>title").doesNotContain("\u001b").doesNotContain("\u202E");
        assertThat(list.lines()).as("one line, four columns a draft").hasSize(2)
                .allMatch(line -> line.split("\t", -1).length == 4);
        assertThat(list.out).contains("two<U+0009>columns").contains("Two<U+000A>lines");
        CliRun show = cli.run("show", "evil");
        assertThat(show.out).contains("line<U+000D> overwritten").doesNotContain("\r");
        JsonNode json = JSON.readTree(cli.run("list", "--json").lines().stream().filter(l -> l.contains("\"evil\""))
                .findFirst().orElseThrow());
        assertThat(json.get("title").asText()).isEqualTo("Evil \u001b[2J\u202Etitle");
    }

    @Test
    void aWrongCommandLineExitsTwoWithUsage() {
        CliRun unknown = cli.run("frobnicate");
        assertThat(unknown.status).isEqualTo(2);
        assertThat(unknown.err).contains("Usage");
        assertThat(cli.run("list", "--status", "maybe").status).isEqualTo(2);
        assertThat(cli.run("list", "--limit", "many").status).isEqualTo(2);
        CliRun search = cli.run("list", "--search", "\"unclosed");
        assertThat(search.status).isEqualTo(2);
        assertThat(search.err).contains("quote");
        assertThat(cli.run("import").status).isEqualTo(2);
        CliRun noStore = CliRun.run(null, cli.clock(), "--db", "", "stats");
        assertThat(noStore.status).isEqualTo(2);
        assertThat(noStore.err).contains("--db needs the name of a store file");
    }

    @Test
    void anUnknownReferenceExitsOne() {
        CliRun show = cli.run("show", "nope");
        assertThat(show.status).isEqualTo(1);
        assertThat(show.err).contains("nope");
    }

    @Test
    void aDamagedStoreExitsThreeWithAMessageAndNoStackTrace() throws Exception {
        Path junk = Files.writeString(cli.dir().resolve("junk.db"), "x".repeat(4096));
        CliRun result = CliRun.run(junk, cli.clock(), "stats");
        assertThat(result.status).isEqualTo(3);
        assertThat(result.err).contains("junk.db").contains("--db").doesNotContain("at com.");
    }

    @Test
    void helpAndVersionNeverOpenTheStore() {
        CliRun help = cli.run("--help");
        assertThat(help.status).isZero();
        assertThat(help.out).contains("import").contains("list").contains("show").contains("stats");
        assertThat(cli.run("--version").out).contains("Copydesk");
        for (String command : List.of("import", "list", "show", "stats", "approve", "reject", "pending", "score",
                "check", "uncheck", "undo", "redo", "rules", "reflag", "export")) {
            CliRun commandHelp = cli.run(command, "--help");
            assertThat(commandHelp.status).as(command).isZero();
            assertThat(commandHelp.out).as(command).contains("Usage: copydesk " + command);
        }
        assertThat(cli.dir().resolve("store.db")).doesNotExist();
    }

    @Test
    void rulesJsonGivesEveryRuleItsScope() throws Exception {
        CliRun rules = cli.run("rules", "--json");
        assertThat(rules.status).as(rules.toString()).isZero();
        Map<String, String> scopes = new java.util.HashMap<>();
        for (JsonNode rule : JSON.readTree(rules.out).get("rules")) {
            scopes.put(rule.get("id").asText(), rule.get("scope").asText());
        }
        assertThat(scopes).isNotEmpty();
        assertThat(scopes.values()).allMatch(scope -> List.of("content", "meta", "relation").contains(scope));
        assertThat(scopes).containsEntry("suspicious-text", "content").containsEntry("low-score", "meta")
                .containsEntry("near-duplicate", "relation").containsEntry("duplicate-title", "relation");
    }

    @Test
    void aCommandThatOnlyReadsFlagsAgainWhenTheRuleFileChangedAndNotOtherwise() throws Exception {
        cli.run("import", Samples.copy(Samples.JSON, cli.dir().resolve("in")).toString());
        assertThat(flagsOf(cli.run("list", "--json"))).contains("reviewer-note");
        assertThat(cli.run("stats").err).doesNotContain("flagged");

        Path ruleFile = cli.dir().resolve("store.rules.yaml");
        Files.writeString(ruleFile, "rules:\n  reviewer-note:\n    enabled: false\n");
        CliRun list = cli.run("list", "--json");
        assertThat(list.err).as("the contract: the next command flags again, a read one too").contains("flagged 1 drafts again");
        assertThat(flagsOf(list)).doesNotContain("reviewer-note");
        assertThat(cli.run("list", "--json").err).as("once").doesNotContain("flagged");

        Files.writeString(ruleFile, "# the same rules, written otherwise\nrules:\n  reviewer-note: {enabled: false}\n");
        CliRun same = cli.run("show", "--json", Samples.REFERENCE);
        assertThat(same.err).as("a file that changed but says the same asks for no new flags").doesNotContain("flagged");

        Files.delete(ruleFile);
        CliRun back = cli.run("show", "--json", Samples.REFERENCE);
        assertThat(back.err).contains("flagged 1 drafts again");
        assertThat(JSON.readTree(back.out).get("review").get("flags").toString()).contains("reviewer-note");
    }

    private static List<String> flagsOf(CliRun list) throws Exception {
        List<String> flags = new java.util.ArrayList<>();
        for (String line : list.lines()) {
            JSON.readTree(line).get("flags").forEach(f -> flags.add(f.asText()));
        }
        return flags;
    }
}
