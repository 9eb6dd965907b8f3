package com.copydesk.ui;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.ReviewStatus;
import com.copydesk.store.ClaimRepository;
import com.copydesk.support.DraftFiles;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.time.Instant;
import java.util.List;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims in the window: the draft pane says who holds a draft; deciding one another editor holds
 * asks first and, confirmed, decides it anyway (the CLI's --force); C claims the next drafts of the view.
 */
class DeskClaimsTest {
    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(List.of(
            DraftFiles.draftJson("d1", "One", "alpha body text"), DraftFiles.draftJson("d2", "Two", "bravo body text"),
            DraftFiles.draftJson("d3", "Three", "charlie body text"))), DeskClaimsTest::arrange);

    /** Right after the window opens. */
    private static void arrange(DeskFixture fixture) {
        // ann, another editor, holds d2 (the fixture's clock stands at 10:00)
        fixture.desk().store().write(c -> new ClaimRepository().claim(c, "ann", DraftFilter.ALL.withSearch("bravo"), 1,
                Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:30:00Z")));
    }

    private void show(String reference) throws Exception {
        long id = fixture.draft(reference).id();
        Platform.runLater(() -> fixture.window().model().draft().show(id));
        waitFor(() -> reference.equals(fixture.shown()));
    }

    private static void press(FxRobot robot, KeyCode key) {
        robot.interact(() -> robot.lookup("#queueTable").query().requestFocus());
        robot.type(key);
    }

    @Test
    void anotherEditorsDraftSaysWhoHoldsItAndIsDecidedOnlyWhenAskedTo(FxRobot robot) throws Exception {
        show("d2");
        Label holder = robot.lookup("#claimHolder").queryAs(Label.class);
        waitFor(holder::isVisible);
        assertThat(holder.getText()).startsWith("Held by ann until ");
        assertThat(holder.getStyleClass()).contains("claim-other");

        press(robot, KeyCode.A);
        waitFor(() -> robot.lookup("Decide anyway").tryQuery().isPresent());
        robot.clickOn("Cancel");
        waitFor(() -> robot.lookup("Decide anyway").tryQuery().isEmpty());
        assertThat(fixture.status("d2")).as("cancelled: not decided").isEqualTo(ReviewStatus.PENDING);

        press(robot, KeyCode.A);
        waitFor(() -> robot.lookup("Decide anyway").tryQuery().isPresent());
        robot.clickOn("Decide anyway");
        waitFor(() -> fixture.status("d2") == ReviewStatus.APPROVED);
    }

    @Test
    void claimNextHoldsTheViewsPendingDraftsForTheEditor(FxRobot robot) throws Exception {
        show("d1");
        Label holder = robot.lookup("#claimHolder").queryAs(Label.class);
        assertThat(holder.isVisible()).isFalse();
        press(robot, KeyCode.C);
        String me = fixture.desk().actions().editor();
        waitFor(() -> fixture.window().model().noticeProperty().get().startsWith(me + " holds 2 drafts of this view until"));
        long d1 = fixture.draft("d1").id();
        long d3 = fixture.draft("d3").id();
        assertThat(fixture.desk().queries().claim(d1)).hasValueSatisfying(c -> assertThat(c.editor()).isEqualTo(me));
        assertThat(fixture.desk().queries().claim(d3)).hasValueSatisfying(c -> assertThat(c.editor()).isEqualTo(me));
        assertThat(fixture.desk().queries().claim(fixture.draft("d2").id()))
                .hasValueSatisfying(c -> assertThat(c.editor()).as("ann's stays ann's").isEqualTo("ann"));
        // the draft shown is read again: it says the editor holds it, not greyed
        waitFor(() -> holder.isVisible() && holder.getText().startsWith("Held by you (" + me + ")"));
        assertThat(holder.getStyleClass()).doesNotContain("claim-other");
    }

    @Test
    void theQueueSaysWhoHoldsEachDraftAndWhoDecidedItAndRemembersTheColumn(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.window().model().filters().apply(DraftFilter.ALL));
        String me = fixture.desk().actions().editor();
        // on a SQLite store the column starts hidden; the chooser shows it
        javafx.scene.control.TableView<?> table = robot.lookup("#queueTable").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.control.TableColumn<?, ?> who = table.getColumns().stream().filter(c -> "Who".equals(c.getText()))
                .findFirst().orElseThrow();
        assertThat(who.isVisible()).isFalse();
        var tick = who.getContextMenu().getItems().stream().filter(i -> "show-whoColumn".equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
        assertThat(tick.getText()).isEqualTo("Who holds or decided it");
        robot.interact(() -> tick.setSelected(true));
        waitFor(() -> "ann [other]".equals(DeskFixture.whoCells(robot).get("d2")));
        assertThat(DeskFixture.whoCells(robot)).containsEntry("d1", " [none]").containsEntry("d3", " [none]");

        show("d1");
        press(robot, KeyCode.C); // claims d1 and d3, the free pending drafts
        waitFor(() -> (me + " [me]").equals(DeskFixture.whoCells(robot).get("d1")));
        assertThat(DeskFixture.whoCells(robot)).containsEntry("d3", me + " [me]").containsEntry("d2", "ann [other]");

        show("d3");
        press(robot, KeyCode.A); // decided: no longer held; the column says who decided it
        waitFor(() -> (me + " [decided]").equals(DeskFixture.whoCells(robot).get("d3")));

        // one column among the others: shown, it stays shown across a restart, with its width
        fixture.restart();
        javafx.scene.control.TableView<?> again = robot.lookup("#queueTable").queryAs(javafx.scene.control.TableView.class);
        assertThat(again.getColumns().stream().filter(c -> "Who".equals(c.getText())).findFirst().orElseThrow().isVisible())
                .isTrue();
        assertThat(fixture.settings().number("queue.column.who.width")).isPresent();
    }
}
