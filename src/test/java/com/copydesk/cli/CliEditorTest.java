package com.copydesk.cli;

import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Who decides" of the team section of cli-contract.md, on the SQLite store. */
class CliEditorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final CliRunner cli = runner();

    /** The store the tests run on: a SQLite file here, a PostgreSQL team store in the subclass. */
    CliRunner runner() {
        return new CliRunner();
    }


    private JsonNode review(String reference) throws Exception {
        CliRun show = cli.run("show", "--json", reference);
        assertThat(show.status).as(show.toString()).isZero();
        return JSON.readTree(show.out).get("review");
    }

    private static List<JsonNode> statusEntries(JsonNode review) {
        List<JsonNode> entries = new ArrayList<>();
        review.get("history").forEach(h -> {
            if (h.get("field").asText().equals("status")) {
                entries.add(h);
            }
        });
        return entries;
    }

    @BeforeEach
    void importDrafts() {
        DraftFiles.write(cli.dir().resolve("in/d.jsonl"), String.join("\n", List.of(
                DraftFiles.draftJson("r1", "One", "Body one."),
                DraftFiles.draftJson("r2", "Two", "Body two, another text."))) + "\n");
        assertThat(cli.run("import", cli.dir().resolve("in").toString()).status).isZero();
    }

    @Test
    void everyHistoryEntryHasTheEditorAndDecidedByIsTheLastDecider() throws Exception {
        assertThat(review("r1").get("decided_by").isNull()).as("pending: nobody decided").isTrue();
        assertThat(cli.runAs("alice", "approve", "r1").status).isZero();

        JsonNode review = review("r1");
        review.get("history").forEach(h -> assertThat(h.has("editor")).as(h.toString()).isTrue());
        assertThat(statusEntries(review)).singleElement()
                .satisfies(h -> assertThat(h.get("editor").asText()).isEqualTo("alice"));
        assertThat(review.get("decided_by").asText()).isEqualTo("alice");

        CliRun again = cli.runAs("bob", "approve", "r1");
        assertThat(again.status).as(again.toString()).isZero();
        assertThat(again.out).as("the status did not change").contains("approved 0, unchanged 1");
        review = review("r1");
        List<JsonNode> decisions = statusEntries(review);
        assertThat(decisions).as("a decision is recorded even when the status stays").hasSize(2);
        assertThat(decisions.get(1).get("editor").asText()).isEqualTo("bob");
        assertThat(decisions.get(1).get("old").asText()).isEqualTo("approved");
        assertThat(decisions.get(1).get("new").asText()).isEqualTo("approved");
        assertThat(review.get("decided_by").asText()).isEqualTo("bob");

        assertThat(cli.runAs("carol", "reject", "--reason", "thin", "r1").status).isZero();
        assertThat(review("r1").get("decided_by").asText()).isEqualTo("carol");
        assertThat(cli.runAs("dave", "pending", "r1").status).isZero();
        review = review("r1");
        assertThat(statusEntries(review)).hasSize(4).last()
                .satisfies(h -> assertThat(h.get("editor").asText()).isEqualTo("dave"));
        assertThat(review.get("decided_by").isNull()).as("pending again").isTrue();
    }

    @Test
    void scoresAndChecksRecordTheirEditorToo() throws Exception {
        assertThat(cli.runAs("alice", "score", "r2", "depth=40").status).isZero();
        JsonNode review = review("r2");
        List<String> editors = new ArrayList<>();
        review.get("history").forEach(h -> {
            if (h.get("field").asText().startsWith("score.")) {
                editors.add(h.get("editor").asText());
            }
        });
        assertThat(editors).containsExactly("alice");
    }

    @Test
    void undoAndRedoActOnTheEditorsOwnActionsOnly() throws Exception {
        assertThat(cli.runAs("alice", "approve", "r1").status).isZero();
        assertThat(cli.runAs("bob", "approve", "r2").status).isZero();

        CliRun undo = cli.runAs("alice", "undo");
        assertThat(undo.status).as(undo.toString()).isZero();
        assertThat(review("r1").get("status").asText()).as("alice's approval undone").isEqualTo("pending");
        assertThat(review("r2").get("status").asText()).as("bob's approval is bob's").isEqualTo("approved");
        assertThat(cli.runAs("alice", "undo").out).as("alice has nothing left to undo").contains("nothing to undo");
        assertThat(review("r2").get("status").asText()).isEqualTo("approved");

        assertThat(cli.runAs("bob", "redo").out).as("bob undid nothing").contains("nothing to redo");
        assertThat(review("r1").get("status").asText()).as("bob cannot redo alice's undo").isEqualTo("pending");

        assertThat(cli.runAs("bob", "undo").status).isZero();
        assertThat(review("r2").get("status").asText()).isEqualTo("pending");
        assertThat(cli.runAs("alice", "redo").status).isZero();
        assertThat(review("r1").get("status").asText()).isEqualTo("approved");
        assertThat(review("r1").get("decided_by").asText()).isEqualTo("alice");
        assertThat(review("r2").get("status").asText()).as("bob's undo stays undone").isEqualTo("pending");
    }

    @Test
    void aNewActionDropsOnlyTheEditorsOwnRedo() throws Exception {
        assertThat(cli.runAs("alice", "approve", "r1").status).isZero();
        assertThat(cli.runAs("alice", "undo").status).isZero();
        assertThat(cli.runAs("bob", "approve", "r2").status).as("bob's action").isZero();
        assertThat(cli.runAs("alice", "redo").status).isZero();
        assertThat(review("r1").get("status").asText()).as("alice can still redo").isEqualTo("approved");
    }

    @Test
    void aBlankEditorIsAUsageError() {
        CliRun blank = cli.runAs(" ", "approve", "r1");
        assertThat(blank.status).isEqualTo(ExitCode.USAGE);
        assertThat(blank.err).contains("--editor");
        assertThat(cli.runAs("ok\u0007name", "approve", "r1").status).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void withoutEditorTheDefaultIsRecorded() throws Exception {
        assertThat(cli.run("approve", "r1").status).isZero();
        String expected = System.getenv("COPYDESK_EDITOR") != null && !System.getenv("COPYDESK_EDITOR").isBlank()
                ? System.getenv("COPYDESK_EDITOR").strip() : System.getProperty("user.name");
        assertThat(review("r1").get("decided_by").asText()).isEqualTo(expected);
    }
}
