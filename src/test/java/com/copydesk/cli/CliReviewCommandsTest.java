package com.copydesk.cli;

import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** approve, reject, score, check, uncheck and undo of cli-contract.md. */
class CliReviewCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final CliRunner cli = new CliRunner();

    private CliRun run(String... args) {
        return cli.run(args);
    }

    private JsonNode show(String reference) throws Exception {
        return JSON.readTree(run("show", "--json", reference).out);
    }

    @BeforeEach
    void importDrafts() {
        Samples.copy(Samples.JSON, cli.dir().resolve("in"));
        DraftFiles.write(cli.dir().resolve("in/more.jsonl"), String.join("\n", List.of(
                DraftFiles.draftJson("r1", "One", "Body one."),
                "{\"reference\":\"bad\",\"title\":\"Bad\",\"body\":\"<script>x()</script>\"}")) + "\n");
        assertThat(run("import", cli.dir().resolve("in").toString()).status).isZero();
    }

    @Test
    void approveAndRejectSetTheStatusAndReportUnknownReferences() throws Exception {
        CliRun approve = run("approve", Samples.REFERENCE, "r1");
        assertThat(approve.status).as(approve.toString()).isZero();
        assertThat(show(Samples.REFERENCE).get("review").get("status").asText()).isEqualTo("approved");
        assertThat(run("list", "--json", "--status", "approved").lines()).hasSize(2);

        CliRun reject = run("reject", "--reason", "duplicate of r9", "r1", "nope");
        assertThat(reject.status).isEqualTo(1);
        assertThat(reject.err).contains("nope");
        JsonNode review = show("r1").get("review");
        assertThat(review.get("status").asText()).isEqualTo("rejected");
        assertThat(review.get("reason").asText()).isEqualTo("duplicate of r9");
        assertThat(run("reject", "r1").status).as("the reason is required").isEqualTo(2);
    }

    @Test
    void anUnknownReferenceIsNotCountedAndAReferenceNamedTwiceCountsOnce() {
        CliRun score = run("score", "nope", "depth=1", "quality=2");
        assertThat(score.status).isEqualTo(1);
        assertThat(score.out).contains("scores changed 0, unchanged 0");
        assertThat(score.err).contains("nope");

        CliRun approve = run("approve", "r1", "r1");
        assertThat(approve.status).as(approve.toString()).isZero();
        assertThat(approve.out).contains("approved 1, unchanged 0");
    }

    @Test
    void aBlockingFindingNeedsForce() throws Exception {
        CliRun refused = run("approve", "bad");
        assertThat(refused.status).isEqualTo(1);
        assertThat(refused.err).contains("suspicious-text").contains("--force");
        assertThat(show("bad").get("review").get("status").asText()).isEqualTo("pending");
        assertThat(run("approve", "--force", "bad").status).isZero();
        JsonNode history = show("bad").get("review").get("history");
        assertThat(history.findValuesAsText("field")).contains("override");
    }

    @Test
    void allUnflaggedApprovesOnlyPendingDraftsNoRuleFlags() throws Exception {
        CliRun result = run("approve", "--all-unflagged");
        assertThat(result.status).as(result.toString()).isZero();
        assertThat(show(Samples.REFERENCE).get("review").get("status").asText()).as("flagged").isEqualTo("pending");
        assertThat(show("bad").get("review").get("status").asText()).isEqualTo("pending");
        for (String line : run("list", "--json", "--status", "approved").lines()) {
            assertThat(JSON.readTree(line).get("flags")).allSatisfy(f -> assertThat(f.asText()).isIn("ai-style"));
        }
        assertThat(run("approve", "--all-unflagged", "r1").status).isEqualTo(2);
    }

    @Test
    void scoresAndChecklistItemsAreEditedAndShownAsTheDraftStandsNow() throws Exception {
        assertThat(run("score", Samples.REFERENCE, "quality=80", "clarity=70").status).isZero();
        JsonNode shown = show(Samples.REFERENCE);
        assertThat(shown.get("score").get("quality").asInt()).isEqualTo(80);
        assertThat(shown.get("score").get("clarity").asInt()).isEqualTo(70);
        assertThat(shown.get("score").get("depth").asInt()).isEqualTo(99);
        assertThat(shown.get("review").get("imported_score").get("quality").asInt()).isEqualTo(95);
        assertThat(run("score", Samples.REFERENCE, "quality=imported").status).isZero();
        assertThat(show(Samples.REFERENCE).get("score").get("quality").asInt()).isEqualTo(95);
        assertThat(run("score", Samples.REFERENCE, "quality=101").status).isEqualTo(2);
        assertThat(run("score", Samples.REFERENCE, "speed=1").status).isEqualTo(2);
        CliRun twice = run("score", Samples.REFERENCE, "depth=50", "depth=60");
        assertThat(twice.status).isEqualTo(2);
        assertThat(twice.err).contains("depth is given more than once").contains("Usage: copydesk score");
        assertThat(show(Samples.REFERENCE).get("score").get("depth").asInt()).isEqualTo(99);

        assertThat(run("check", Samples.REFERENCE, "1", "add indexes carefully").status).isZero();
        JsonNode checklist = show(Samples.REFERENCE).get("review").get("checklist");
        assertThat(checklist.get(0).get("done").asBoolean()).isTrue();
        assertThat(checklist.get(1).get("done").asBoolean()).isTrue();
        assertThat(checklist.get(2).get("done").asBoolean()).isFalse();
        assertThat(run("uncheck", Samples.REFERENCE, "1").status).isZero();
        assertThat(show(Samples.REFERENCE).get("review").get("checklist").get(0).get("done").asBoolean()).isFalse();
        CliRun missing = run("check", Samples.REFERENCE, "no such item");
        assertThat(missing.status).isEqualTo(1);
        assertThat(missing.err).contains("no such item");
    }

    @Test
    void undoTakesBackTheLastActionAcrossRunsAndRedoBringsItBack() throws Exception {
        run("approve", "r1");
        run("reject", "--reason", "thin", Samples.REFERENCE);
        CliRun undo = run("undo");
        assertThat(undo.out).contains("undone: reject " + Samples.REFERENCE);
        assertThat(show(Samples.REFERENCE).get("review").get("status").asText()).isEqualTo("pending");
        assertThat(show("r1").get("review").get("status").asText()).isEqualTo("approved");
        run("undo");
        assertThat(show("r1").get("review").get("status").asText()).isEqualTo("pending");
        assertThat(run("undo").out).contains("nothing to undo");
        assertThat(run("redo").out).contains("redone: approve r1");
        assertThat(show("r1").get("review").get("status").asText()).isEqualTo("approved");
    }
}
