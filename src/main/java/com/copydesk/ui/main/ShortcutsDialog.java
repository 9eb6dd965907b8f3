package com.copydesk.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Every keyboard shortcut of the desk, on {@code ?}: the actions table's keys, in its order. */
final class ShortcutsDialog {
    static final String[][] KEYS = java.util.Arrays.stream(DeskAction.values())
            .map(action -> new String[] {String.join("  or  ", action.keys()), action.does()})
            .toArray(String[][]::new);

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
