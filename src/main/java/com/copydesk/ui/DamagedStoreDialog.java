package com.copydesk.ui;

import com.copydesk.model.RecoveryResult;
import com.copydesk.review.StoreRescue;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A damaged or unreadable store, in the window: the command line's message (what is wrong, which
 * backup to restore, what else to do) and two ways on that never touch the damaged file. "Open
 * backup…" copies the newest sound backup (named on the button) to a new store beside it and
 * opens that; "Recover…" salvages what can be read into a new store ({@link StoreRescue#recover}, as
 * {@code recover --to}) and opens it. Both run off the FX thread, with a progress indicator.
 */
public final class DamagedStoreDialog {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path store;
    private final Clock clock;
    private final Consumer<Path> open;
    private final Runnable quit;
    private final Stage stage = new Stage();
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button openBackup;
    private final Button recover = new Button("Recover\u2026");
    private final Button close = new Button("Close");
    private final Optional<Path> backup;

    /**
     * @param soundBackup the newest sound backup ({@link StoreRescue#newestSoundBackup}, found off the FX thread), if any
     * @param open        opens the desk on a new store (called on the FX thread, once the dialog is closed)
     * @param quit        what "Close" does
     */
    public DamagedStoreDialog(Window owner, Path store, String message, Optional<Path> soundBackup, Clock clock,
                              Consumer<Path> open, Runnable quit) {
        this.store = store;
        this.clock = clock;
        this.open = open;
        this.quit = quit;
        this.backup = soundBackup;
        Label header = new Label("The store cannot be opened");
        header.setStyle("-fx-font-weight: bold; -fx-font-size: 1.2em;");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("damaged-store-message");
        openBackup = new Button(backup.map(b -> "Open backup " + b.getFileName() + "\u2026").orElse("Open backup\u2026"));
        openBackup.setDisable(backup.isEmpty());
        openBackup.setId("open-backup");
        recover.setId("recover");
        openBackup.setOnAction(e -> openBackup());
        recover.setOnAction(e -> recover());
        close.setCancelButton(true);
        close.setOnAction(e -> {
            stage.close();
            quit.run();
        });
        progress.setVisible(false);
        progress.setPrefSize(24, 24);
        status.setWrapText(true);
        status.setId("damaged-store-status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, gap, openBackup, recover, close);
        VBox root = new VBox(12, header, text, status, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(640);
        stage.setScene(new Scene(root));
        stage.setTitle("Copydesk");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setOnCloseRequest(e -> quit.run());
    }

    public void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private void openBackup() {
        Path copy = beside("restored");
        run("Copying " + backup.orElseThrow().getFileName() + " to " + copy + " \u2026", () -> {
            try {
                Files.copy(backup.orElseThrow(), copy);
            } catch (IOException e) {
                throw new IllegalStateException("Could not copy the backup to " + copy + ": " + e.getMessage(), e);
            }
            return copy;
        });
    }

    private void recover() {
        Path target = beside("recovered");
        run("Recovering what can be read into " + target + " \u2026", () -> {
            RecoveryResult result = StoreRescue.recover(store, target, clock);
            return result.to();
        });
    }

    /** Runs the work off the FX thread; on success closes the dialog and opens the new store. */
    private void run(String doing, java.util.function.Supplier<Path> work) {
        openBackup.setDisable(true);
        recover.setDisable(true);
        progress.setVisible(true);
        status.setText(doing);
        CompletableFuture.supplyAsync(work).whenComplete((made, failure) -> Platform.runLater(() -> {
            progress.setVisible(false);
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                status.setText(cause.getMessage());
                openBackup.setDisable(backup.isEmpty());
        openBackup.setId("open-backup");
        recover.setId("recover");
                recover.setDisable(false);
                return;
            }
            stage.setOnCloseRequest(null);
            stage.close();
            open.accept(made);
        }));
    }

    /** A new file beside the damaged store: {@code store-recovered-20261207-140000.db}; the store is never written. */
    private Path beside(String what) {
        String name = store.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".db";
        Path candidate = store.resolveSibling(stem + "-" + what + "-" + STAMP.format(clock.instant()) + extension);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = store.resolveSibling(stem + "-" + what + "-" + STAMP.format(clock.instant()) + "-" + n + extension);
        }
        return candidate;
    }
}
