package com.copydesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.util.List;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draft pane lists the flags most severe first and keeps info notes behind a "N notes" line
 * that opens on click; the queue's chips name the flags, not the notes.
 */
class DeskFindingsTest {
    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(List.of(
            // ai-style (info) comes before low-score and suspicious-text in the rule file
            "{\"reference\":\"mixed\",\"title\":\"Mixed\","
            + "\"body\":\"Some text.\\n\\n<script>x()</script>\\n\",\"flags\":{\"ai_generated_style\":1},"
            + "\"score\":{\"quality\":10,\"freshness\":80,\"depth\":80,\"clarity\":80}}")));

    private static List<String> rules(VBox box) {
        return box.getChildren().stream().filter(n -> n.getStyleClass().contains("finding"))
                .map(n -> ((Label) n.lookup(".finding-rule")).getText()).toList();
    }

    @Test
    void flagsComeMostSevereFirstAndNotesOpenOnClick(FxRobot robot) throws Exception {
        waitFor(() -> "mixed".equals(fixture.shown()) && robot.lookup("#notesToggle").tryQuery().isPresent());
        VBox findings = robot.lookup("#findings").queryAs(VBox.class);
        assertThat(rules(findings)).isEqualTo(List.of("suspicious-text", "low-score", "missing-meta", "stale-review"));

        Hyperlink toggle = robot.lookup("#notesToggle").queryAs(Hyperlink.class);
        VBox notes = robot.lookup("#notes").queryAs(VBox.class);
        assertThat(toggle.getText()).endsWith("1 note");
        assertThat(notes.isVisible()).as("notes are closed at first").isFalse();
        assertThat(rules(notes)).isEqualTo(List.of("ai-style"));

        DeskFixture.reveal(toggle);
        robot.clickOn(toggle);
        waitFor(notes::isVisible);
        assertThat(notes.lookup(".finding-message")).isInstanceOfSatisfying(Label.class,
                m -> assertThat(m.getText()).contains("ai_generated_style"));
        robot.clickOn(toggle);
        waitFor(() -> !notes.isVisible());
    }

    @Test
    void queueChipsNameTheFlagsNotTheNotes(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup(".flag-chip").tryQuery().isPresent());
        // the chips of the flags, shown or behind "+N" (a narrow column), never the "+N" itself
        List<String> chips = robot.lookup(".flag-chip").queryAllAs(Label.class).stream()
                .filter(chip -> !chip.getStyleClass().contains("flag-more")).map(Label::getText).toList();
        assertThat(chips).containsExactly("suspicious-text", "low-score", "missing-meta", "stale-review");
        Node cell = robot.lookup(".flag-chip").query().getParent().getParent();
        assertThat(((javafx.scene.control.TableCell<?, ?>) cell).getTooltip().getText()).contains("info: ai-style");
    }
}
