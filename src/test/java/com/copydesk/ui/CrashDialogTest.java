package com.copydesk.ui;

import com.copydesk.ui.common.AppIcons;
import com.copydesk.ui.common.CrashHandler;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure nobody caught, on the FX thread or another thread, shows a dialog naming the log, with
 * the Copydesk icon; Continue closes it and the window carries on. Headless on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class CrashDialogTest {
    private static final Path LOG = Path.of("/var/tmp/copydesk-test/logs/copydesk.0.log");
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread fxThread;

    @Start
    void start(Stage stage) {
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        fxThread = Thread.currentThread();
        AppIcons.applyToEveryWindow();
        CrashHandler.install(LOG);
        stage.setScene(new Scene(new Label("desk"), 400, 200));
        stage.show();
    }

    @AfterEach
    void restore() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        WaitForAsyncUtils.asyncFx(() -> fxThread.setUncaughtExceptionHandler(null)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aFailureOnTheFxThreadShowsTheLogAndTheAppCarriesOn(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("a cell could not be drawn");
        });
        DialogPane dialog = waitForCrashDialog();
        assertThat(dialog.getContentText()).contains("a cell could not be drawn").contains(LOG.toString());
        assertThat(((Stage) dialog.getScene().getWindow()).getIcons()).isNotEmpty();

        robot.clickOn("Continue");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> crashDialog().isEmpty());
        assertThat(WaitForAsyncUtils.asyncFx(() -> "still running").get(10, TimeUnit.SECONDS)).isEqualTo("still running");
    }

    @Test
    void aFailureOnAnotherThreadShowsTheDialogToo(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("an import thread fell over");
        }, "copydesk-job");
        worker.start();
        worker.join();
        DialogPane dialog = waitForCrashDialog();
        assertThat(dialog.getContentText()).contains("an import thread fell over").contains(LOG.toString());
        robot.clickOn("Continue");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> crashDialog().isEmpty());
    }

    private static DialogPane waitForCrashDialog() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> crashDialog().isPresent());
        return crashDialog().orElseThrow();
    }

    private static Optional<DialogPane> crashDialog() {
        try {
            return CompletableFuture.supplyAsync(() -> Window.getWindows().stream()
                    .filter(Window::isShowing)
                    .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                    .filter(root -> root instanceof DialogPane pane && "crashDialog".equals(pane.getId()))
                    .map(DialogPane.class::cast).findFirst(), Platform::runLater).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
