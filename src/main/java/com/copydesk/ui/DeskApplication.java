package com.copydesk.ui;

import com.copydesk.review.Workspace;
import com.copydesk.review.StoreRescue;
import com.copydesk.store.DamagedStoreException;
import com.copydesk.ui.common.AppIcons;
import com.copydesk.ui.common.CrashHandler;
import com.copydesk.ui.common.FxBackground;
import com.copydesk.ui.common.Themes;
import com.copydesk.ui.common.WindowSettings;
import com.copydesk.ui.preferences.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JavaFX application. It shows the window at once, opens the store in the background (a
 * migration may take a while), then builds the desk; a store that cannot be opened is explained
 * in a dialog instead of a crash.
 */
public final class DeskApplication extends Application {
    private static final Logger LOG = Logger.getLogger(DeskApplication.class.getName());
    private static volatile DeskLaunch pending;
    /** The store of the launch, opening while the toolkit starts; taken by the first open. */
    private static volatile CompletableFuture<Workspace> early;

    private FxBackground background;
    private Workspace workspace;

    /** Starts JavaFX and blocks until the window is closed. */
    public static void launch(DeskLaunch launch) {
        pending = launch;
        // the store opens (SQLite's native library, the migrations check, the rules) while the
        // toolkit starts: on a 2-core machine these overlap instead of following each other
        early = opening(launch, launch.store());
        Application.launch(DeskApplication.class);
    }

    /** For a test that starts the application on its own stage, as {@link #launch} would. */
    static void prepare(DeskLaunch launch) {
        pending = launch;
    }

    @Override
    public void start(Stage stage) {
        DeskLaunch launch = pending;
        LOG.info(() -> "the toolkit started " + sinceProcessStart() + " ms after the process");
        AppIcons.applyToEveryWindow();
        CrashHandler.install(launch.logFile());
        background = new FxBackground();
        // the theme before the first scene: else the toolkit parses its own stylesheet (Modena) for
        // the "Opening" line, then the desk's theme for the window, both on the FX thread
        Themes.apply(new Preferences(new WindowSettings(launch.settingsFile())).theme().dark(System.getenv()));
        stage.setTitle("Copydesk");
        stage.show();
        CompletableFuture<Workspace> opened = early;
        early = null;
        open(stage, launch, launch.store(), opened != null ? opened : opening(launch, launch.store()), null);
    }

    private void open(Stage stage, DeskLaunch launch, java.nio.file.Path store) {
        open(stage, launch, store, null);
    }

    private void open(Stage stage, DeskLaunch launch, java.nio.file.Path store, java.nio.file.Path previous) {
        open(stage, launch, store, opening(launch, store), previous);
    }

    /** Opens the store off the FX thread, logging how long it took (a start-up figure). */
    private static CompletableFuture<Workspace> opening(DeskLaunch launch, java.nio.file.Path store) {
        long started = System.currentTimeMillis();
        return CompletableFuture.supplyAsync(() -> launch.opener().apply(store))
                .whenComplete((opened, failure) -> LOG.info(() -> "the store opened in "
                        + (System.currentTimeMillis() - started) + " ms, " + sinceProcessStart() + " ms after the process"));
    }

    /** @param previous the store to go back to when this one cannot be opened (a switch), or null (the start) */
    private void open(Stage stage, DeskLaunch launch, java.nio.file.Path store, CompletableFuture<Workspace> opening,
                      java.nio.file.Path previous) {
        stage.setScene(new Scene(new Label("Opening " + store + " \u2026"), 640, 200));
        opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                        if (previous != null && cause instanceof DamagedStoreException damaged) {
                            // a corrupt file chosen to switch to: its dialog, then the store before it again
                            LOG.log(Level.WARNING, "cannot open the store " + store, damaged);
                            showDamaged(stage, launch, damaged, previous);
                        } else if (previous != null) {
                            cannotSwitch(stage, launch, store, previous, cause);
                        } else {
                            cannotOpen(stage, launch, cause);
                        }
                        return;
                    }
                    workspace = opened;
                    DeskWindow window = new DeskWindow(workspace, background,
                            new com.copydesk.ui.common.WindowSettings(launch.settingsFile()),
                            url -> getHostServices().showDocument(url));
                    window.setLogFile(launch.logFile());
                    window.setStoreSwitch(other -> switchStore(stage, launch, window, other));
                    window.show(stage, launch.importOnOpen().isEmpty() && previous == null);
                    if (previous == null) {
                        window.model().importPaths(launch.importOnOpen());
                    }
                }));
    }

    /**
     * Closes the open store cleanly and opens another in the same window: the draft's unsaved
     * edits go to the background, which finishes its quick work before it closes (an import or
     * export was finished or cancelled before the window asked), then the store closes.
     */
    private void switchStore(Stage stage, DeskLaunch launch, DeskWindow window, java.nio.file.Path other) {
        java.nio.file.Path previous = workspace.storePath();
        LOG.info(() -> "switching from " + previous + " to " + other);
        window.closeForSwitch(stage);
        background.close();
        workspace.close();
        workspace = null;
        background = new FxBackground();
        open(stage, launch, other, previous);
    }

    private void cannotSwitch(Stage stage, DeskLaunch launch, java.nio.file.Path store, java.nio.file.Path previous,
                              Throwable failure) {
        LOG.log(Level.WARNING, "cannot open the store " + store, failure);
        Alert alert = new Alert(Alert.AlertType.ERROR, failure.getMessage() + "\n\n" + previous + " opens again.");
        alert.initOwner(stage);
        alert.setTitle("Copydesk");
        alert.setHeaderText("The store " + store + " cannot be opened");
        alert.showAndWait();
        open(stage, launch, previous, null);
    }

    /** For the start-up figures in the log: milliseconds since the JVM started. */
    static long sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(t -> System.currentTimeMillis() - t.toEpochMilli()).orElse(-1L);
    }

    private void cannotOpen(Stage stage, DeskLaunch launch, Throwable failure) {
        LOG.log(Level.SEVERE, "cannot open the store", failure);
        if (failure instanceof DamagedStoreException damaged) {
            showDamaged(stage, launch, damaged, null);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, failure.getMessage());
        alert.initOwner(stage);
        alert.setTitle("Copydesk");
        alert.setHeaderText("The store cannot be opened");
        alert.showAndWait();
        Platform.exit();
    }

    /**
     * A damaged store's dialog (open a backup, recover, close). At start Close quits; on a switch
     * ({@code previous} not null) it opens the previous store again, and the dialog says so.
     */
    private void showDamaged(Stage stage, DeskLaunch launch, DamagedStoreException damaged, java.nio.file.Path previous) {
        String message = previous == null ? damaged.getMessage()
                : damaged.getMessage() + "\n\nClosing this opens " + previous + " again.";
        Runnable close = previous == null ? Platform::exit : () -> open(stage, launch, previous);
        // the backups are checked (quick_check) off the FX thread, then the dialog shows
        CompletableFuture.supplyAsync(() -> StoreRescue.newestSoundBackup(damaged.store())).thenAcceptAsync(backup ->
                new DamagedStoreDialog(stage, damaged.store(), message, backup, java.time.Clock.systemUTC(),
                        other -> open(stage, launch, other, previous), close).show(), Platform::runLater);
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
