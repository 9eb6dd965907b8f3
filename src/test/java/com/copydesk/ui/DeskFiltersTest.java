package com.copydesk.ui;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.ReviewStatus;
import com.copydesk.support.DraftFiles;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The filter bar's choices follow the store, and the overview's bars lead to the queue filtered to them. */
class DeskFiltersTest {
    @TempDir
    static Path dir;
    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(DeskTriageTest.drafts()));

    @Test
    @SuppressWarnings("unchecked")
    void theStackAndToolsChoicesAnImportBroughtShowWithoutARestart(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        CheckComboBox<String> stacks = robot.lookup("#stackFilter").queryAs(CheckComboBox.class);
        CheckComboBox<String> tools = robot.lookup("#toolFilter").queryAs(CheckComboBox.class);
        assertThat(stacks.getItems()).isEmpty();

        Path file = DraftFiles.write(dir.resolve("stacked.jsonl"), "{\"reference\":\"s1\",\"title\":\"Rust caching\","
                + "\"body\":\"A body.\",\"stack\":[\"Rust\",\"Redis\"],\"tools\":[\"cargo\"]}\n");
        robot.interact(() -> fixture.window().model().importPaths(List.of(file)));

        waitFor(() -> stacks.getItems().equals(List.of("Redis", "Rust")) && tools.getItems().equals(List.of("cargo")));
    }

    @Test
    void aClickOnAnOverviewBarShowsTheQueueFilteredToItsDrafts(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        String first = fixture.shown();
        robot.type(KeyCode.A); // one approved, four pending
        waitFor(() -> fixture.status(first) == ReviewStatus.APPROVED);

        TabPane tabs = centerTabs(robot);
        robot.interact(() -> tabs.getSelectionModel().select(1)); // the Overview
        waitFor(() -> robot.lookup("#statusTotal").tryQuery().map(l -> ((Label) l).getText().equals("5")).orElse(false));
        javafx.scene.control.Labeled approved = robot.lookup("#statusLegend").lookup("Approved").queryLabeled();
        DeskFixture.reveal(approved);
        robot.clickOn(approved);

        Label matches = robot.lookup("#matchCount").queryAs(Label.class);
        waitFor(() -> matches.getText().equals("1 matching"));
        assertThat(fixture.window().model().filters().current())
                .isEqualTo(DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.APPROVED)));
        assertThat(robot.lookup("#statusFilter").queryAs(ComboBox.class).getValue()).isEqualTo("Approved");
        waitFor(() -> first.equals(fixture.shown()));
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).as("the tab in front").isEqualTo("Queue");
    }

    @Test
    void theSampleDraftsHistoryNamesFilesThatStayBesideTheStore(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        robot.clickOn("File").clickOn("Load the sample drafts");
        // some 200 drafts, flagged as they come in: longer than a click's wait on a busy machine
        org.testfx.util.WaitForAsyncUtils.waitFor(180, java.util.concurrent.TimeUnit.SECONDS,
                () -> fixture.window().model().lastImportProperty().get() != null);

        long draftId = fixture.desk().queries().stats().total(); // the newest draft is one of the samples
        String origin = fixture.desk().queries().history(draftId).stream()
                .map(com.copydesk.model.HistoryEntry::newValue)
                .filter(v -> v != null && v.startsWith("imported from ")).findFirst().orElseThrow()
                .substring("imported from ".length());
        Path file = Path.of(origin.replaceFirst(":\\d+$", "")); // a JSON Lines origin adds its line
        assertThat(file).exists();
        assertThat(file.getParent()).isEqualTo(fixture.window().model().storePath().resolveSibling("copydesk-samples"));
        assertThat(file.toString()).doesNotStartWith(System.getProperty("java.io.tmpdir") + "/copydesk-samples");
    }

    private static TabPane centerTabs(FxRobot robot) {
        javafx.scene.Node node = robot.lookup("#queueTable").query();
        while (!(node instanceof TabPane)) {
            node = node.getParent();
        }
        return (TabPane) node;
    }
}
