package com.copydesk.ui;

import com.copydesk.model.ReviewStatus;
import com.copydesk.support.DraftCorpus;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A near-duplicate finding links its twins: a click (or T) opens the twin in the draft pane, even
 * one the queue's filter hides, and "Compare" (or D) shows both bodies with the changed words marked.
 */
class DeskTwinsTest {
    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(seedLines()));

    private static List<String> seedLines() {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            lines.add(DraftCorpus.draft(n, 11));
        }
        // gen-3's body with two words changed, under its own reference and title
        lines.add(DraftCorpus.draft(3, 11).replaceFirst("\"reference\":\"gen-3\"", "\"reference\":\"copy-3\"")
                .replaceFirst("\"title\":\"", "\"title\":\"copy: ").replaceFirst(" the ", " one ")
                .replaceFirst(" cache ", " store "));
        return lines;
    }

    private void show(String reference) throws Exception {
        long id = fixture.draft(reference).id();
        Platform.runLater(() -> fixture.window().model().draft().show(id));
        waitFor(() -> reference.equals(fixture.shown()));
    }

    @Test
    void theFindingLinksTheTwinAndAClickOpensIt(FxRobot robot) throws Exception {
        assertThat(fixture.draft("gen-3").findings()).anyMatch(f -> f.rule().equals("near-duplicate"));
        show("gen-3");
        waitFor(() -> robot.lookup("#twinOpen0").tryQuery().isPresent());
        Hyperlink link = robot.lookup("#twinOpen0").queryAs(Hyperlink.class);
        assertThat(link.getText()).matches("(0\\.\\d\\d|1\\.00)  copy-3 \u201ccopy: .*");
        robot.clickOn(link);
        waitFor(() -> "copy-3".equals(fixture.shown()));
        assertThat(fixture.window().model().noticeProperty().get()).contains("copy-3").contains("near copy of gen-3");
        // and the twin's own finding leads back, by key this time
        waitFor(() -> robot.lookup("#twinOpen0").tryQuery().map(n -> ((Hyperlink) n).getText().contains(" gen-3 "))
                .orElse(false));
        press(robot, KeyCode.T);
        waitFor(() -> "gen-3".equals(fixture.shown()));
    }

    @Test
    void aTwinTheFilterHidesOpensInPlace(FxRobot robot) throws Exception {
        // copy-3 approved: the desk's first view (needs review) no longer lists it
        fixture.desk().actions().approve(com.copydesk.review.ReviewActions.Target.of(fixture.draft("copy-3").id()), true,
                com.copydesk.review.TaskMonitor.NONE);
        show("gen-3");
        waitFor(() -> robot.lookup("#twinOpen0").tryQuery().isPresent());
        press(robot, KeyCode.T);
        waitFor(() -> "copy-3".equals(fixture.shown()));
        assertThat(fixture.window().model().draft().draftProperty().get().status()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void compareShowsBothBodiesWithTheChangedWordsMarked(FxRobot robot) throws Exception {
        show("gen-3");
        waitFor(() -> robot.lookup("#twinOpen0").tryQuery().isPresent());
        press(robot, KeyCode.D);
        waitFor(() -> robot.lookup("#twinLeft").tryQuery().isPresent());
        assertThat(marked(robot, "#twinLeft")).containsExactly("the", "cache");
        assertThat(marked(robot, "#twinRight")).containsExactly("one", "store");
        assertThat(robot.lookup("#twinSummary").queryAs(Label.class).getText())
                .startsWith("2 words only on the left, 2 only on the right");
        assertThat(robot.lookup("#twinRightTitle").queryAs(Label.class).getText()).startsWith("copy-3 \u2014 copy: ");
        Window dialog = robot.lookup("#twinLeft").query().getScene().getWindow();
        assertThat(dialog.getWidth()).as("two bodies side by side: wide, within the 1280 px screen")
                .isGreaterThan(1000).isLessThanOrEqualTo(1280);
        Platform.runLater(dialog::hide);
    }

    /** A key with the queue focused, as in triage (a click on the table would choose a row). */
    private static void press(FxRobot robot, KeyCode key) {
        robot.interact(() -> robot.lookup("#queueTable").query().requestFocus());
        robot.type(key);
    }

    @Test
    void theQueueShowsTheDraftAndItsTwinsUntilTheChipIsCleared(FxRobot robot) throws Exception {
        var filters = fixture.window().model().filters();
        waitFor(() -> fixture.window().model().queue().matchesProperty().get() > 2);
        var before = filters.current();
        long matchedBefore = fixture.window().model().queue().matchesProperty().get();
        show("gen-3");
        waitFor(() -> robot.lookup("#twinsInQueue").tryQuery().isPresent());
        robot.clickOn("#twinsInQueue");
        waitFor(() -> fixture.window().model().queue().matchesProperty().get() == 2);
        Button chip = robot.lookup("#nearChip").queryAs(Button.class);
        assertThat(chip.isVisible()).isTrue();
        assertThat(chip.getText()).isEqualTo("Near-duplicates of gen-3");
        assertThat(filters.current().nearOf()).isEqualTo(fixture.draft("gen-3").id());
        robot.clickOn(chip);
        waitFor(() -> fixture.window().model().queue().matchesProperty().get() == matchedBefore);
        assertThat(filters.current()).isEqualTo(before);
        assertThat(chip.isVisible()).isFalse();
        // by key: N limits the queue, N again brings it back
        press(robot, KeyCode.N);
        waitFor(() -> fixture.window().model().queue().matchesProperty().get() == 2);
        press(robot, KeyCode.N);
        waitFor(() -> filters.current().equals(before));
    }

    private static List<String> marked(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextFlow.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("diff-changed")).map(n -> ((Text) n).getText().strip()).toList();
    }
}
