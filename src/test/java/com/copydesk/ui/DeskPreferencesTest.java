package com.copydesk.ui;

import com.copydesk.model.HistoryEntry;
import com.copydesk.model.ReviewStatus;
import com.copydesk.ui.preferences.Preferences;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Edit › Preferences in the real window: the editor's name acts, the theme applies, presets reach the reject dialog. */
class DeskPreferencesTest {
    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(DeskTriageTest.drafts()));

    @AfterEach
    void resetTheme() throws Exception {
        // the theme is the whole application's: the next test starts light
        WaitForAsyncUtils.asyncFx(() -> com.copydesk.ui.common.Themes.apply(false)).get(5, TimeUnit.SECONDS);
    }

    private static void openPreferences(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#editorName").tryQuery().isPresent());
    }

    private static void setText(FxRobot robot, String id, String text) throws Exception {
        javafx.scene.control.TextInputControl field = robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class);
        WaitForAsyncUtils.asyncFx(() -> field.setText(text)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button ok(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("OK")).findFirst().orElseThrow();
    }

    @Test
    void theEditorsNameIsShownAndRecordedWithTheWindowsActions(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        String defaultName = fixture.desk().editor();
        assertThat(robot.lookup("#editorLabel").queryAs(Label.class).getText()).isEqualTo("Editor: " + defaultName);

        openPreferences(robot);
        assertThat(robot.lookup("#editorName").queryAs(TextField.class).getPromptText())
                .as("the default it falls back to").isEqualTo(defaultName);
        robot.clickOn("#editorName").write("Maria Lopez");
        robot.clickOn(ok(robot));
        waitFor(() -> robot.lookup("#editorLabel").queryAs(Label.class).getText().equals("Editor: Maria Lopez"));

        String first = fixture.shown();
        robot.type(KeyCode.A);
        waitFor(() -> fixture.status(first) == ReviewStatus.APPROVED);
        List<HistoryEntry> history = fixture.desk().queries().history(fixture.draft(first).id());
        assertThat(history).filteredOn(e -> "approve".equals(e.action())).isNotEmpty()
                .allMatch(e -> "Maria Lopez".equals(e.editor()));

        fixture.restart();                                       // kept with the window's settings
        waitFor(() -> fixture.shown() != null);
        assertThat(fixture.desk().editor()).isEqualTo("Maria Lopez");
        assertThat(robot.lookup("#editorLabel").queryAs(Label.class).getText()).isEqualTo("Editor: Maria Lopez");

        openPreferences(robot);                                  // emptied: the environment's name again
        setText(robot, "#editorName", "");
        robot.clickOn(ok(robot));
        waitFor(() -> fixture.desk().editor().equals(defaultName));
        assertThat(robot.lookup("#editorLabel").queryAs(Label.class).getText()).isEqualTo("Editor: " + defaultName);
    }

    @Test
    void aNameTheHistoryWouldRefuseKeepsOkDisabledAndSaysWhy(FxRobot robot) throws Exception {
        openPreferences(robot);
        setText(robot, "#editorName", "x".repeat(201));
        assertThat(ok(robot).isDisabled()).isTrue();
        assertThat(robot.lookup("#preferencesProblem").queryAs(Label.class).getText()).contains("at most 200");
        setText(robot, "#editorName", "Sam");
        assertThat(ok(robot).isDisabled()).isFalse();
        assertThat(robot.lookup("#preferencesProblem").queryAs(Label.class).getText()).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theThemeAppliesAtOnceAndIsRemembered(FxRobot robot) throws Exception {
        String light = Application.getUserAgentStylesheet();
        openPreferences(robot);
        @SuppressWarnings("unchecked")
        ChoiceBox<Preferences.Theme> theme = robot.lookup("#themeChoice").queryAs(ChoiceBox.class);
        WaitForAsyncUtils.asyncFx(() -> theme.setValue(Preferences.Theme.DARK)).get(5, TimeUnit.SECONDS);
        robot.clickOn(ok(robot));
        waitFor(() -> !Application.getUserAgentStylesheet().equals(light));
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
        assertThat(fixture.settings().get("theme")).contains("dark");
    }

    @Test
    void theRejectDialogOffersThePresetsOnKeysOneToNine(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shown() != null);
        openPreferences(robot);
        assertThat(robot.lookup("#rejectPresets").queryAs(TextArea.class).getText().split("\n"))
                .as("the default list").containsExactlyElementsOf(Preferences.DEFAULT_PRESETS);
        setText(robot, "#rejectPresets", "chatbot leftovers\n\nsources missing\ntoo thin\n");
        robot.clickOn(ok(robot));
        waitFor(() -> robot.lookup("#editorName").tryQuery().isEmpty());

        String first = fixture.shown();
        robot.type(KeyCode.R);
        waitFor(() -> robot.lookup("#rejectReason").tryQuery().isPresent());
        assertThat(robot.lookup("#preset2").queryAs(Button.class).getText()).isEqualTo("2  sources missing");
        assertThat(robot.lookup("#preset4").tryQuery()).as("three presets, three keys").isEmpty();
        robot.type(KeyCode.DIGIT3);                              // fills the reason, still editable
        assertThat(robot.lookup("#rejectReason").queryAs(TextField.class).getText()).isEqualTo("too thin");
        robot.clickOn("#rejectReason").type(KeyCode.END).write(" 2x").type(KeyCode.ENTER); // now digits are text
        waitFor(() -> fixture.status(first) == ReviewStatus.REJECTED);
        assertThat(fixture.draft(first).review().statusReason()).isEqualTo("too thin 2x");

        String second = fixture.shown();
        robot.type(KeyCode.R);
        waitFor(() -> robot.lookup("#preset1").tryQuery().isPresent());
        robot.clickOn("#preset1").type(KeyCode.ENTER);            // a click fills it too
        waitFor(() -> fixture.status(second) == ReviewStatus.REJECTED);
        assertThat(fixture.draft(second).review().statusReason()).isEqualTo("chatbot leftovers");
    }
}
