package com.copydesk.ui;

import com.copydesk.model.ReviewStatus;
import com.copydesk.support.DraftCorpus;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Keep this one, reject its near-duplicates": a preview with the count, then one bulk rejection
 * of the draft's twins (not the kept draft, not other drafts) whose reason names the kept draft;
 * one undo step, also after a restart.
 */
class DeskKeepOneTest {
    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(seedLines()));

    private static List<String> seedLines() {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            lines.add(DraftCorpus.draft(n, 11));
        }
        for (String copy : List.of("copy-a", "copy-b")) {
            lines.add(DraftCorpus.draft(3, 11).replaceFirst("\"reference\":\"gen-3\"", "\"reference\":\"" + copy + "\"")
                    .replaceFirst("\"title\":\"", "\"title\":\"" + copy + ": ").replaceFirst(" the ", " one ")
                    .replaceFirst(" cache ", " " + copy.substring(5) + "store "));
        }
        return lines;
    }

    @Test
    void keepsTheDraftAndRejectsItsTwinsInOneUndoableStep(FxRobot robot) throws Exception {
        long id = fixture.draft("gen-3").id();
        Platform.runLater(() -> fixture.window().model().draft().show(id));
        waitFor(() -> "gen-3".equals(fixture.shown()));
        robot.clickOn("Review").clickOn("Bulk: keep this one, reject its near-duplicates\u2026");
        waitFor(() -> robot.lookup("#keepOneSummary").queryAs(Label.class).getText().startsWith("This rejects"));
        assertThat(robot.lookup("#keepOneSummary").queryAs(Label.class).getText()).startsWith("This rejects 2 drafts;");
        assertThat(fixture.window().model().filters().current().nearOf()).as("the set is on screen").isEqualTo(id);
        robot.clickOn("#keepOneRun");

        waitFor(() -> fixture.status("copy-a") == ReviewStatus.REJECTED && fixture.status("copy-b") == ReviewStatus.REJECTED);
        assertThat(fixture.draft("copy-a").review().statusReason()).isEqualTo("near-duplicate of gen-3, which was kept");
        assertThat(fixture.status("gen-3")).isEqualTo(ReviewStatus.PENDING);
        assertThat(fixture.status("gen-4")).isEqualTo(ReviewStatus.PENDING);

        fixture.restart();
        waitFor(() -> fixture.window().model().undoTextProperty().get().equals("reject 2 drafts"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> fixture.status("copy-a") == ReviewStatus.PENDING && fixture.status("copy-b") == ReviewStatus.PENDING);
    }
}
