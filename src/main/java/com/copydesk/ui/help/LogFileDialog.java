package com.copydesk.ui.help;

import com.copydesk.ui.export.FolderOpener;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Help › Show log file: where the log is (what a bug report needs), with buttons that copy the path
 * and open its folder. The path is a text field so that it can also be selected by hand.
 */
public final class LogFileDialog {
    private LogFileDialog() {
    }

    /** @param logFile the log, or null when this run logs to no file (tests, a log folder that could not be made) */
    public static Dialog<ButtonType> show(Window owner, Path logFile, FolderOpener opener) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Log file");
        dialog.setHeaderText(logFile == null ? "This run writes no log file" : "Copydesk's log file");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        TextField path = new TextField(logFile == null ? "" : logFile.toAbsolutePath().toString());
        path.setId("logFilePath");
        path.setEditable(false);
        path.setPrefColumnCount(48);
        HBox.setHgrow(path, Priority.ALWAYS);
        Label said = new Label();
        said.setId("logFileSaid");
        Button copy = new Button("Copy path");
        copy.setId("copyLogPath");
        copy.setDisable(logFile == null);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(path.getText());
            Clipboard.getSystemClipboard().setContent(content);
            said.setText("The path is on the clipboard.");
        });
        Button open = new Button("Open folder");
        open.setId("openLogFolder");
        open.setDisable(logFile == null || !opener.available());
        open.setOnAction(e -> {
            Path folder = logFile.toAbsolutePath().getParent();
            // the file manager may take a while to start: never on the FX thread
            CompletableFuture.runAsync(() -> {
                try {
                    opener.open(folder);
                } catch (IOException | RuntimeException failure) {
                    Platform.runLater(() -> said.setText("The folder cannot be opened: " + failure.getMessage()));
                }
            });
        });
        Label about = new Label(logFile == null ? "Messages go to the console only."
                : "Attach it to a bug report: it holds the errors and the timings of this and earlier runs.");
        about.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, about, new HBox(6, path, copy, open), said));
        dialog.show();
        return dialog;
    }
}
