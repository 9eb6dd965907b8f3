package com.copydesk.ui.export;

import com.copydesk.model.ExportFormat;
import com.copydesk.ui.common.Job;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The export dialog's controller: binds controls to {@link ExportDialogViewModel}, and opens the choosers. */
public final class ExportDialogView {
    private final ExportDialogViewModel model;

    @FXML private VBox root;
    @FXML private RadioButton jsonLines;
    @FXML private RadioButton markdown;
    @FXML private RadioButton csv;
    @FXML private TextField destination;
    @FXML private Label destinationHint;
    @FXML private ComboBox<ExportDialogViewModel.Scope> scope;
    @FXML private Label scopeCount;
    @FXML private CheckBox incremental;
    @FXML private CheckBox removeStale;
    @FXML private VBox progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;
    @FXML private Label summary;
    @FXML private Label error;
    @FXML private Button openFolder;
    @FXML private Button exportButton;
    @FXML private Button choose;
    @FXML private Button closeButton;

    public ExportDialogView(ExportDialogViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        model.setReplaceQuestion(file -> com.copydesk.ui.common.Confirm.ask(root.getScene().getWindow(),
                "Replace a file", "Replace " + file.getFileName() + "?", file.toAbsolutePath() + " already exists and no"
                        + " Copydesk export wrote it. Replacing it loses what it holds.", "Replace"));
        Map<ExportFormat, RadioButton> formats = Map.of(ExportFormat.JSON_LINES, jsonLines,
                ExportFormat.MARKDOWN, markdown, ExportFormat.CSV, csv);
        ToggleGroup group = new ToggleGroup();
        formats.forEach((format, button) -> {
            button.setToggleGroup(group);
            button.setUserData(format);
        });
        group.selectToggle(formats.get(model.formatProperty().get()));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.formatProperty().set((ExportFormat) now.getUserData());
            } else {
                group.selectToggle(old);
            }
        });
        model.formatProperty().addListener((obs, old, now) -> group.selectToggle(formats.get(now)));

        destination.textProperty().bindBidirectional(model.destinationProperty());
        destinationHint.textProperty().bind(Bindings.createStringBinding(() -> model.destinationIsFolder()
                ? "A folder: a .md file per draft goes into it." : "A file: every draft goes into it.",
                model.formatProperty()));

        scope.setItems(model.scopes());
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportDialogViewModel.Scope value) {
                return value == null ? "" : value.label();
            }

            @Override
            public ExportDialogViewModel.Scope fromString(String text) {
                return null;
            }
        });
        scopeCount.textProperty().bind(model.scopeCountProperty());
        incremental.selectedProperty().bindBidirectional(model.incrementalProperty());
        removeStale.selectedProperty().bindBidirectional(model.removeStaleProperty());
        removeStale.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.runningProperty().get() || !model.destinationIsFolder(),
                model.formatProperty(), model.runningProperty()));

        progressBox.visibleProperty().bind(model.runningProperty());
        progressBox.managedProperty().bind(model.runningProperty());
        model.jobProperty().addListener((obs, old, job) -> showJob(job));
        // The dialog grows to show progress, the summary or an error, rather than cutting them short.
        for (var shown : List.of(model.runningProperty(), model.summaryTextProperty(), model.errorProperty())) {
            shown.addListener((obs, old, now) -> Platform.runLater(this::fitWindow));
        }
        summary.textProperty().bind(model.summaryTextProperty());
        summary.visibleProperty().bind(model.summaryTextProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        openFolder.disableProperty().bind(model.canOpenFolderBinding().not());
        exportButton.disableProperty().bind(model.canExportBinding().not());
        closeButton.textProperty().bind(Bindings.when(model.runningProperty()).then("Cancel").otherwise("Close"));
        for (Node control : new Node[] {jsonLines, markdown, csv, destination, choose, scope, incremental}) {
            control.disableProperty().bind(model.runningProperty());
        }
    }

    private void fitWindow() {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            root.getScene().getWindow().sizeToScene();
        }
    }

    private void showJob(Job<?> job) {
        progress.progressProperty().unbind();
        progressMessage.textProperty().unbind();
        if (job != null) {
            progress.progressProperty().bind(job.progressProperty());
            progressMessage.textProperty().bind(job.messageProperty());
        }
    }

    @FXML
    private void chooseDestination() {
        Path current = currentDestination();
        var chosen = new java.util.concurrent.atomic.AtomicReference<File>();
        if (model.destinationIsFolder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export into which folder?");
            if (current != null && Files.isDirectory(current)) {
                chooser.setInitialDirectory(current.toFile());
            }
            model.withStoreClosed(() -> chosen.set(chooser.showDialog(root.getScene().getWindow())));
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to which file?");
            chooser.setInitialFileName(current == null ? model.suggestedFileName() : current.getFileName().toString());
            if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            model.withStoreClosed(() -> chosen.set(chooser.showSaveDialog(root.getScene().getWindow())));
        }
        if (chosen.get() != null) {
            model.destinationProperty().set(chosen.get().getPath());
        }
    }

    private Path currentDestination() {
        String text = model.destinationProperty().get().strip();
        try {
            return text.isEmpty() ? null : Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @FXML
    private void export() {
        model.export();
    }

    @FXML
    private void openFolder() {
        model.openFolder();
    }

    @FXML
    private void closeOrCancel() {
        if (model.runningProperty().get()) {
            model.cancel();
        } else {
            root.getScene().getWindow().hide();
        }
    }
}
