package com.copydesk.ui;

import com.copydesk.model.ImportError;
import com.copydesk.model.ReviewStatus;
import com.copydesk.support.DraftFiles;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Bulk decisions act on exactly what matches the filter, are one undo step, and survive a restart. */
class DeskBulkTest {
    @TempDir
    static Path dir;
    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(DeskTriageTest.drafts()));

    @Test
    void bulkApprovingAllMatchingAFilterLeavesTheOthersAloneAndUndoesAfterARestart(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        Label matches = robot.lookup("#matchCount").queryAs(Label.class);
        robot.clickOn("#search").write("alpha OR bravo OR charlie");
        waitFor(() -> matches.getText().equals("3 matching"));

        robot.clickOn("Review").clickOn("Bulk: approve\u2026");
        waitFor(() -> robot.lookup("#bulkSelected").tryQuery().isPresent());
        assertThat(robot.lookup("#bulkSelected").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .as("the draft on screen, not all matching, unless the editor says so").isTrue();
        robot.clickOn("#bulkMatching");
        waitFor(() -> robot.lookup("#bulkSummary").tryQuery().isPresent()
                && robot.lookup("#bulkSummary").queryAs(Label.class).getText().startsWith("This touches 3 drafts"));
        assertThat(robot.lookup("#bulkSummary").queryAs(Label.class).getText())
                .isEqualTo("This touches 3 drafts; 3 of them still have findings.");
        robot.clickOn("#bulkRun");

        waitFor(() -> fixture.status("d1") == ReviewStatus.APPROVED && fixture.status("d2") == ReviewStatus.APPROVED
                && fixture.status("d3") == ReviewStatus.APPROVED);
        assertThat(fixture.status("d4")).as("outside the filter").isEqualTo(ReviewStatus.PENDING);
        assertThat(fixture.status("d5")).as("outside the filter").isEqualTo(ReviewStatus.PENDING);
        waitFor(() -> fixture.window().model().noticeProperty().get().startsWith("Approve: changed 3"));

        fixture.restart();
        waitFor(() -> fixture.window().model().undoTextProperty().get().equals("approve 3 drafts"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> fixture.status("d1") == ReviewStatus.PENDING && fixture.status("d2") == ReviewStatus.PENDING
                && fixture.status("d3") == ReviewStatus.PENDING);
        assertThat(fixture.draft("d1").review().decidedAt()).isNull();
        waitFor(() -> fixture.window().model().noticeProperty().get().equals("Undone: approve 3 drafts"));
    }

    @Test
    void oneMatchingDraftIsSaidInTheSingularAndTheDialogsCountsAreTheActionsOwn(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        Label matches = robot.lookup("#matchCount").queryAs(Label.class);
        robot.clickOn("#search").write("alpha");
        waitFor(() -> matches.getText().equals("1 matching"));

        robot.clickOn("Review").clickOn("Bulk: approve\u2026");
        waitFor(() -> robot.lookup("#bulkMatching").tryQuery().isPresent());
        robot.clickOn("#bulkMatching");
        waitFor(() -> robot.lookup("#bulkSummary").queryAs(Label.class).getText().startsWith("This touches"));

        assertThat(robot.lookup("#bulkSummary").queryAs(Label.class).getText())
                .isEqualTo("This touches 1 draft; 1 of them still has findings.");
        assertThat(robot.lookup("#bulkMatching").queryAs(javafx.scene.control.RadioButton.class).getText())
                .isEqualTo("The 1 draft matching the filter on screen");
        robot.clickOn("#bulkRun");
        waitFor(() -> fixture.window().model().noticeProperty().get().equals("Approve: changed 1, unchanged 0"));
    }

    @Test
    void anApprovalThatLeavesABlockedDraftOutSaysHowManyItApprovesAndDoesThat(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        Path file = Files.writeString(dir.resolve("blocked.jsonl"), "{\"reference\":\"blocked\",\"title\":\"Blocked\","
                + "\"body\":\"Some text.\\n\\n<script>x()</script>\\n\"}\n");
        Platform.runLater(() -> fixture.window().model().importPaths(List.of(file)));
        Label matches = robot.lookup("#matchCount").queryAs(Label.class);
        waitFor(() -> matches.getText().equals("6 matching"));

        robot.clickOn("Review").clickOn("Bulk: approve\u2026");
        waitFor(() -> robot.lookup("#bulkMatching").tryQuery().isPresent());
        robot.clickOn("#bulkMatching");
        Label summary = robot.lookup("#bulkSummary").queryAs(Label.class);
        waitFor(() -> summary.getText().startsWith("This touches 6 drafts"));
        assertThat(summary.getText()).endsWith(" It approves 5 drafts: the one with a blocking finding is left out"
                + " unless you include it.");
        robot.clickOn("#bulkIncludeBlocked");
        assertThat(summary.getText()).endsWith(" It approves all 6 drafts, the one with a blocking finding as an override.");
        robot.clickOn("#bulkIncludeBlocked");
        robot.clickOn("#bulkRun");

        waitFor(() -> fixture.window().model().noticeProperty().get().startsWith("Approve: "));
        assertThat(fixture.window().model().noticeProperty().get()).isEqualTo("Approve: changed 5, unchanged 0, left out 1");
        assertThat(fixture.status("blocked")).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void noBulkActionOnAllMatchingWhileTheSearchBoxHoldsASearchThatCannotRun(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        Label matches = robot.lookup("#matchCount").queryAs(Label.class);
        robot.clickOn("#search").write("alpha OR bravo");
        waitFor(() -> matches.getText().equals("2 matching"));
        robot.write(" \"unclosed");
        waitFor(() -> robot.lookup("#searchHint").queryAs(Label.class).isVisible());

        robot.clickOn("Review").clickOn("Bulk: approve\u2026");
        waitFor(() -> robot.lookup("#bulkMatching").tryQuery().isPresent());
        javafx.scene.control.RadioButton matching = robot.lookup("#bulkMatching").queryAs(javafx.scene.control.RadioButton.class);
        assertThat(matching.isDisabled()).isTrue();
        assertThat(matching.isSelected()).isFalse();
        assertThat(matching.getText()).contains("cannot run");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#bulkMatching").tryQuery().isEmpty());
        assertThat(fixture.count(com.copydesk.model.DraftFilter.ALL.withStatuses(java.util.Set.of(ReviewStatus.APPROVED))))
                .isZero();
    }

    @Test
    void theImportReportListsARejectedRecordWithFileLineAndWhy(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        Path file = Files.writeString(dir.resolve("mixed.jsonl"), DraftFiles.draftJson("n1", "New one", "x") + "\n"
                + "{\"reference\":\"bad\",\"title\":\"Bad\",\"body\":\"x\",\"reading_time\":\"4\"}\n");
        Platform.runLater(() -> fixture.window().model().importPaths(List.of(file)));  // as File › Import does
        waitFor(() -> robot.lookup("#importErrors").tryQuery().isPresent());
        TableView<ImportError> errors = robot.lookup("#importErrors").queryTableView();
        assertThat(errors.getItems()).singleElement().satisfies(e -> {
            assertThat(e.file()).endsWith("mixed.jsonl");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reference()).isEqualTo("bad");
            assertThat(e.message()).contains("reading_time");
        });
        assertThat(robot.lookup("Bad").tryQuery()).isEmpty();
        assertThat(robot.lookup(".table-row-cell .table-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText)).contains("2", "bad");
        // read whole, not cut at the column's edge: the reason wraps, a long path keeps its file name
        ImportError error = errors.getItems().get(0);
        Label why = robot.lookup(".wrapped-reason").queryAs(Label.class);
        assertThat(why.getText()).isEqualTo(error.message());
        assertThat(shown(why)).isEqualTo(error.message());
        javafx.scene.control.Labeled fileCell = robot.lookup(".table-row-cell .table-cell").queryAllAs(
                javafx.scene.control.Labeled.class).stream().filter(c -> error.file().equals(c.getText())).findFirst()
                .orElseThrow();
        assertThat(shown(fileCell)).endsWith("mixed.jsonl");
    }

    /** The text a label draws, which is shorter than its text when it does not fit. */
    private static String shown(javafx.scene.control.Labeled label) {
        StringBuilder drawn = new StringBuilder();
        for (javafx.scene.Node node : label.lookupAll(".text")) {
            if (node instanceof javafx.scene.text.Text text && text.getParent() == label) {
                drawn.append(text.getText());
            }
        }
        return drawn.toString().replace("\n", " ").replaceAll(" +", " ").strip();
    }

    @Test
    void theImportReportListsTheFilesOfASiteThatAreNoPagesAndWhy(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        Path site = dir.resolve("site");
        DraftFiles.write(site.resolve("posts/page.md"), "+++\ntitle = \"A page of the site\"\n+++\nText.\n");
        DraftFiles.write(site.resolve("notes.md"), "Notes without front matter.\n");
        Platform.runLater(() -> fixture.window().model().importPaths(List.of(site)));  // as File › Import does
        waitFor(() -> robot.lookup("#importSkipped").tryQuery().isPresent());
        TableView<com.copydesk.model.ImportSkip> skipped = robot.lookup("#importSkipped").queryTableView();
        assertThat(skipped.getItems()).singleElement().satisfies(s -> {
            assertThat(s.file()).endsWith("notes.md");
            assertThat(s.reason()).isEqualTo("no front matter");
        });
        TableView<com.copydesk.model.DerivedReference> derived = robot.lookup("#importReferencesFromPaths").queryTableView();
        assertThat(derived.getItems()).extracting(com.copydesk.model.DerivedReference::reference).containsExactly("posts/page");
    }
}
