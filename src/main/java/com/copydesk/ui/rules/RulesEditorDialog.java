package com.copydesk.ui.rules;

import com.copydesk.model.Severity;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Tools › Rules: the rules table (rule, scope, on, severity, settings), what is wrong inline under
 * it, Preview with its progress and Cancel, and Save (the rule file beside the store). The
 * decisions are the view model's; this only lays them out.
 */
public final class RulesEditorDialog {
    private RulesEditorDialog() {
    }

    public static void show(Window owner, RulesEditorViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Rules");
        dialog.setHeaderText(model.editable() ? "The rules of this store: " + model.ruleFile()
                : "The rules of this team store (read-only)");
        dialog.setResizable(true);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(model.editable() ? save : ButtonType.CLOSE, ButtonType.CANCEL);

        TableView<RulesEditorViewModel.Row> table = new TableView<>(model.rows());
        table.setId("rulesTable");
        table.setEditable(model.editable());
        table.setPrefSize(900, 420);
        TableColumn<RulesEditorViewModel.Row, String> rule = new TableColumn<>("Rule");
        rule.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().id()));
        rule.setEditable(false);
        rule.setPrefWidth(170);
        TableColumn<RulesEditorViewModel.Row, String> scope = new TableColumn<>("Scope");
        scope.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().scope()));
        scope.setEditable(false);
        scope.setPrefWidth(80);
        TableColumn<RulesEditorViewModel.Row, Boolean> enabled = new TableColumn<>("On");
        enabled.setCellValueFactory(c -> c.getValue().enabledProperty());
        enabled.setCellFactory(CheckBoxTableCell.forTableColumn(enabled));
        enabled.setPrefWidth(45);
        TableColumn<RulesEditorViewModel.Row, Severity> severity = new TableColumn<>("Severity");
        severity.setCellValueFactory(c -> c.getValue().severityProperty());
        severity.setCellFactory(ChoiceBoxTableCell.forTableColumn(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Severity value) {
                return value == null ? "" : value.key();
            }

            @Override
            public Severity fromString(String text) {
                return Severity.fromKey(text).orElse(null);
            }
        }, Severity.values()));
        severity.setPrefWidth(90);
        TableColumn<RulesEditorViewModel.Row, String> settings = new TableColumn<>("Settings (YAML, on one line)");
        settings.setCellValueFactory(c -> c.getValue().settingsProperty());
        settings.setCellFactory(TextFieldTableCell.forTableColumn());
        settings.setPrefWidth(500);
        table.getColumns().setAll(java.util.List.of(rule, scope, enabled, severity, settings));

        Label note = new Label(model.editable()
                ? "Double-click a severity or settings cell to change it. Saving flags every draft again, once."
                : RulesEditorViewModel.TEAM_NOTE);
        note.setId("rulesNote");
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        Label problem = new Label();
        problem.setId("rulesProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        Button preview = new Button("Preview");
        preview.setId("rulesPreview");
        preview.setOnAction(e -> model.preview());
        preview.disableProperty().bind(model.checkedTextProperty().isNull().or(model.jobProperty().isNotNull()));
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(200);
        Button cancel = new Button("Cancel preview");
        cancel.setOnAction(e -> model.cancelPreview());
        Label progressText = new Label();
        model.jobProperty().addListener((o, a, job) -> {
            progress.progressProperty().unbind();
            progressText.textProperty().unbind();
            if (job != null) {
                progress.progressProperty().bind(job.progressProperty());
                progressText.textProperty().bind(job.messageProperty());
            } else {
                progressText.setText("");
            }
        });
        for (javafx.scene.Node running : java.util.List.of(progress, cancel)) {
            running.visibleProperty().bind(model.jobProperty().isNotNull());
            running.managedProperty().bind(running.visibleProperty());
        }
        HBox previewRow = new HBox(8, preview, progress, cancel, progressText);
        previewRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label counts = new Label();
        counts.setId("rulesPreviewText");
        counts.setWrapText(true);
        counts.textProperty().bind(model.previewProperty());
        Label previewHint = new Label("Preview judges every draft of the store with the rules as edited (nothing is"
                + " written); it can be cancelled.");
        previewHint.getStyleClass().add("hint");
        previewHint.setWrapText(true);
        previewRow.setVisible(model.editable());
        previewRow.setManaged(model.editable());
        previewHint.setVisible(model.editable());
        previewHint.setManaged(model.editable());

        VBox content = new VBox(8, note, table, problem, previewHint, previewRow, counts);
        content.setPadding(new Insets(4, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        // the settings column holds whole lists of phrases: as wide as a laptop screen leaves room for
        dialog.getDialogPane().setPrefWidth(980);
        if (model.editable()) {
            Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
            saveButton.setId("rulesSave");
            saveButton.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> model.checkedTextProperty().get() == null, model.checkedTextProperty()));
        }
        dialog.setOnHidden(e -> model.cancelPreview());
        dialog.setResultConverter(button -> {
            if (button == save) {
                model.save();
            }
            return button;
        });
        dialog.show();
        // sized once shown, as the twin comparison is: showing sizes the window to its content, which
        // the wrapping note keeps narrow (the dialog opened 600 px wide, the settings cut off)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(980, screen.getWidth() - 40);
        double height = Math.min(700, screen.getHeight() - 60);
        dialog.setWidth(width);
        dialog.setHeight(height);
        dialog.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        dialog.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
    }
}
