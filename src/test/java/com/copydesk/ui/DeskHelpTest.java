package com.copydesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The Help menu's log file and About, in the real window. */
class DeskHelpTest {
    @TempDir
    static Path dir;
    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(DeskTriageTest.drafts()));

    @Test
    void aboutTellsTheVersionsTheStoreAndItsSchemaVersion(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About Copydesk");
        waitFor(() -> robot.lookup("#about-schema-version").tryQuery().isPresent());
        assertThat(robot.lookup("#about-store").queryAs(Label.class).getText())
                .isEqualTo(fixture.desk().storePath().toAbsolutePath().toString());
        // the store says which migrations ran: the same figure `copydesk check-store` prints
        assertThat(robot.lookup("#about-schema-version").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(fixture.desk().schemaVersion())).isNotEqualTo("0");
        assertThat(robot.lookup("#about-java").queryAs(Label.class).getText()).startsWith(System.getProperty("java.version"));
        assertThat(robot.lookup("#about-javafx").queryAs(Label.class).getText()).startsWith("21");
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isNotBlank();
        robot.clickOn("Close");
    }

    @Test
    void theLogFilesPathIsShownAndCopied(FxRobot robot) throws Exception {
        Path log = Files.writeString(Files.createTempDirectory(dir, "logs").resolve("copydesk.log"), "a line\n");
        WaitForAsyncUtils.asyncFx(() -> fixture.window().setLogFile(log)).get(5, TimeUnit.SECONDS);
        robot.clickOn("Help").clickOn("Show log file\u2026");
        waitFor(() -> robot.lookup("#logFilePath").tryQuery().isPresent());
        assertThat(robot.lookup("#logFilePath").queryAs(TextField.class).getText()).isEqualTo(log.toAbsolutePath().toString());
        robot.clickOn("#copyLogPath");
        waitFor(() -> robot.lookup("#logFileSaid").queryAs(Label.class).getText().contains("clipboard"));
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertThat(copied).isEqualTo(log.toAbsolutePath().toString());
        robot.clickOn("Close");
    }

    @Test
    void aRunWithoutALogFileSaysSoAndOffersNothingToCopy(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("Show log file\u2026");
        waitFor(() -> robot.lookup("#logFilePath").tryQuery().isPresent());
        assertThat(robot.lookup("#logFilePath").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#copyLogPath").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#openLogFolder").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("Close");
    }
}
