package com.copydesk.ui.preferences;

import com.copydesk.model.EditorName;
import com.copydesk.ui.preferences.Preferences.Theme;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Edit › Preferences: the editor's name, the theme, the default store and the reject-reason
 * presets. OK stores them and tells the desk, which applies them at once; a name the history
 * would refuse keeps OK disabled and says why.
 */
public final class PreferencesDialog {
    private PreferencesDialog() {
    }

    /**
     * Shows the dialog; on OK the preferences are saved and {@code applied} runs.
     *
     * @param defaultEditor the name the window acts as when the editor sets none (the environment's)
     * @param currentStore  the open store, offered as the default store
     */
    public static void show(Window owner, Preferences preferences, String defaultEditor, Path currentStore,
                            Runnable applied) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Preferences");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        TextField editor = new TextField(preferences.editor().orElse(""));
        editor.setId("editorName");
        editor.setPromptText(defaultEditor);
        Label editorHint = new Label("Recorded with every action the window takes. Empty: " + defaultEditor
                + " ($COPYDESK_EDITOR, else the system user).");
        editorHint.setWrapText(true);
        editorHint.getStyleClass().add("hint");
        Label problem = new Label();
        problem.setId("preferencesProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);

        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.setId("themeChoice");
        theme.getItems().setAll(Theme.values());
        theme.setValue(preferences.theme());

        TextField store = new TextField(preferences.defaultStore().map(Path::toString).orElse(""));
        store.setId("defaultStore");
        store.setPromptText("the data folder's copydesk.db");
        HBox.setHgrow(store, Priority.ALWAYS);
        Button choose = new Button("Choose\u2026");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Default store");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Copydesk stores", "*.db"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                store.setText(file.getAbsolutePath());
            }
        });
        Button thisOne = new Button("This store");
        thisOne.setOnAction(e -> store.setText(currentStore.toAbsolutePath().toString()));
        Label storeHint = new Label("Opened when Copydesk starts without --db or $COPYDESK_DB. Empty: the data folder's.");
        storeHint.setWrapText(true);
        storeHint.getStyleClass().add("hint");

        TextArea presets = new TextArea(String.join("\n", preferences.rejectPresets()));
        presets.setId("rejectPresets");
        presets.setPrefRowCount(6);
        presets.setPrefColumnCount(30);
        Label presetsHint = new Label("One a line; the reject dialog offers the first "
                + Preferences.MAX_PRESETS + " on keys 1 to 9.");
        presetsHint.setWrapText(true);
        presetsHint.getStyleClass().add("hint");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(420);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("Editor name", editor), editor);
        grid.add(editorHint, 1, row++);
        grid.addRow(row++, label("Theme", theme), theme);
        HBox storeRow = new HBox(6, store, choose, thisOne);
        grid.addRow(row++, label("Default store", store), storeRow);
        grid.add(storeHint, 1, row++);
        grid.addRow(row++, label("Reject reasons", presets), presets);
        grid.add(presetsHint, 1, row++);
        grid.add(problem, 1, row);
        dialog.getDialogPane().setContent(grid);

        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        problem.textProperty().bind(Bindings.createStringBinding(() -> nameProblem(editor.getText())
                .or(() -> storeProblem(store.getText())).orElse(""), editor.textProperty(), store.textProperty()));
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());

        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(yes -> {
            preferences.editor(editor.getText());
            preferences.theme(theme.getValue());
            preferences.defaultStore(store.getText().isBlank() ? null : Path.of(store.getText().strip()));
            preferences.rejectPresets(Arrays.asList(presets.getText().split("\n")));
            preferences.save();
            applied.run();
        });
    }

    /** Why a typed name cannot be the editor's, if it cannot (blank is fine: the default). */
    static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            EditorName.checked(name);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("Editor name: " + e.getMessage() + ".");
        }
    }

    /** Why a typed path cannot be a store's (a character the file system refuses), if it cannot. */
    static Optional<String> storeProblem(String path) {
        try {
            Path.of(path.strip());
            return Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.of("Default store: not a path (" + e.getReason() + ").");
        }
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
