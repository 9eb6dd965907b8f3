package com.copydesk.ui;

import com.copydesk.model.Severity;
import com.copydesk.ui.rules.RulesEditorViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Tools › Rules in the real window: a wrong setting said inline, a preview, Save, and the drafts flagged again. */
class DeskRulesTest {
    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(DeskTriageTest.drafts()));

    @SuppressWarnings("unchecked")
    private static TableView<RulesEditorViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#rulesTable").queryAs(TableView.class);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aRuleChangedIsCheckedPreviewedSavedAndTheDraftsFlaggedAgain(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#rulesTable").tryQuery().isPresent());
        TableView<RulesEditorViewModel.Row> table = table(robot);
        assertThat(table.getItems()).extracting(RulesEditorViewModel.Row::id)
                .containsExactlyElementsOf(fixture.desk().rules().describe().stream().map(r -> r.id()).toList());

        // the editor types a wrong value into the settings cell: said under the table, Save off
        int stale = table.getItems().indexOf(table.getItems().stream().filter(r -> r.id().equals("stale-review"))
                .findFirst().orElseThrow());
        WaitForAsyncUtils.asyncFx(() -> table.scrollTo(stale)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> "{\"max_age_days\":365}".equals(c.getText())).findFirst().orElseThrow());
        waitFor(() -> table.getEditingCell() != null);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("{max_age_days: soon}")
                .type(KeyCode.ENTER);
        waitFor(() -> label(robot, "#rulesProblem").contains("stale-review.max_age_days"));
        assertThat(robot.lookup("#rulesSave").queryAs(Button.class).isDisabled()).isTrue();

        // put right again, and the placeholder rule made a note instead of a block
        RulesEditorViewModel.Row placeholder = table.getItems().stream().filter(r -> r.id().equals("placeholder"))
                .findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> {
            table.getItems().get(stale).settingsProperty().set("{\"max_age_days\":365}");
            placeholder.severityProperty().set(Severity.INFO);
        }).get(5, TimeUnit.SECONDS);
        waitFor(() -> label(robot, "#rulesProblem").isEmpty()
                && !robot.lookup("#rulesPreview").queryAs(Button.class).isDisabled());

        robot.clickOn("#rulesPreview");
        waitFor(() -> label(robot, "#rulesPreviewText").startsWith("Flagged:"));
        assertThat(label(robot, "#rulesPreviewText")).as("the five drafts of the store judged").contains("of 5 drafts now");

        robot.clickOn("#rulesSave");
        Path ruleFile = fixture.desk().rules().ruleFile();
        waitFor(() -> Files.exists(ruleFile));
        assertThat(Files.readString(ruleFile)).contains("placeholder").contains("severity: info")
                .doesNotContain("stale-review");
        waitFor(() -> robot.lookup("#noticeLabel").queryAs(Label.class).getText().startsWith("Flagged "));
        assertThat(fixture.desk().rules().describe()).filteredOn(r -> r.id().equals("placeholder"))
                .extracting(r -> r.severity()).containsExactly(Severity.INFO);
    }
}
