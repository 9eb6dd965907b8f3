package com.copydesk.ui;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.ReviewStatus;
import com.copydesk.store.ClaimRepository;
import com.copydesk.support.DraftFiles;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My claims" (M): the queue shows only the pending drafts the editor holds, so that keyboard
 * triage walks them; when the last is decided the window says so and offers "Claim next 20".
 */
class DeskMyClaimsTest {
    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(seedLines()), DeskMyClaimsTest::arrange);

    private static List<String> seedLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            lines.add(DraftFiles.draftJson("d" + i, "Draft " + i, "body number " + i));
        }
        return lines;
    }

    /** Right after the window opens. */
    private static void arrange(DeskFixture fixture) {
        // ann, another editor, holds d2 until 10:30 (the fixture's clock stands at 10:00)
        fixture.desk().store().write(c -> new ClaimRepository().claim(c, "ann", DraftFilter.ALL.withSearch("2"), 1,
                Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:30:00Z")));
    }

    private List<String> queue() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> shown = new ArrayList<>();
            var items = fixture.window().model().queue().itemsProperty().get();
            for (int i = 0; items != null && i < items.size(); i++) {
                DraftRow row = items.rowAt(i);
                shown.add(row == null ? "?" : row.reference());
            }
            return shown;
        }).get(5, TimeUnit.SECONDS);
    }

    private void waitForQueue(List<String> expected) throws Exception {
        waitFor(() -> {
            try {
                return queue().equals(expected);
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static void press(FxRobot robot, KeyCode key) {
        robot.interact(() -> robot.lookup("#queueTable").query().requestFocus());
        robot.type(key);
    }

    @Test
    void triageWalksTheEditorsOwnClaimsAndOffersMoreWhenTheLastIsDecided(FxRobot robot) throws Exception {
        waitForQueue(List.of("d4", "d3", "d2", "d1"));
        press(robot, KeyCode.C);
        String me = fixture.desk().actions().editor();
        waitFor(() -> fixture.window().model().noticeProperty().get().startsWith(me + " holds 3 drafts"));

        press(robot, KeyCode.M);
        waitForQueue(List.of("d4", "d3", "d1")); // not ann's d2
        Node chip = robot.lookup("#myClaimsChip").query();
        assertThat(chip.isVisible()).isTrue();
        waitFor(() -> "d4".equals(fixture.shown()));

        press(robot, KeyCode.J);
        waitFor(() -> "d3".equals(fixture.shown()));
        press(robot, KeyCode.K);
        waitFor(() -> "d4".equals(fixture.shown()));
        for (String reference : List.of("d4", "d3", "d1")) {
            waitFor(() -> reference.equals(fixture.shown()));
            press(robot, KeyCode.A); // approved: the next of the editor's claims comes up, never ann's d2
            waitFor(() -> fixture.status(reference) == ReviewStatus.APPROVED);
        }
        waitForQueue(List.of());
        assertThat(fixture.status("d2")).isEqualTo(ReviewStatus.PENDING);
        waitFor(() -> fixture.window().model().noticeProperty().get().startsWith("That was the last of your claims"));
        Node claimMore = robot.lookup("#claimNextButton").query();
        assertThat(claimMore.isVisible()).isTrue();
        assertThat(robot.lookup("#emptyQueue").queryLabeled().getText()).contains("your claims are all decided");

        fixture.clock().advance(Duration.ofMinutes(31)); // ann's lease has ended: d2 is free
        robot.clickOn("#claimNextButton");
        waitForQueue(List.of("d2"));
        assertThat(fixture.desk().queries().claim(fixture.draft("d2").id()))
                .hasValueSatisfying(c -> assertThat(c.editor()).isEqualTo(me));

        press(robot, KeyCode.M); // every draft of the view again
        waitFor(() -> !chip.isVisible());
        assertThat(fixture.window().model().filters().current().heldBy()).isNull();
    }
}
