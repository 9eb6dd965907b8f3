package com.copydesk.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Every keyboard shortcut of the desk, on {@code ?}. */
final class ShortcutsDialog {
    static final String[][] KEYS = {
            {"J  or  \u2193", "next draft"}, {"K  or  \u2191", "previous draft"},
            {"A", "approve (a blocking finding asks first)"}, {"R", "reject, with a reason"},
            {"P", "back to pending"}, {"1 \u2013 9", "tick or untick checklist item N"},
            {"/", "search"}, {"Esc", "leave the search field"},
            {"Ctrl+Z", "undo"}, {"Ctrl+Shift+Z  or  Ctrl+Y", "redo"},
            {"Ctrl+O", "import drafts"}, {"Ctrl+E", "export"}, {"?", "this list"}};

    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setId("shortcuts");
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(KEYS[i][1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Triage without the mouse");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
