package com.copydesk.ui.help;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › About: the version, Java and JavaFX, the store and its schema version, with a button that copies them. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static Dialog<ButtonType> show(Window owner, AboutFacts facts) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About Copydesk");
        dialog.setHeaderText("Copydesk " + facts.version() + "\nA review desk for AI-generated article drafts");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        GridPane grid = new GridPane();
        grid.setId("aboutFacts");
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        for (String[] fact : facts.rows()) {
            Label value = new Label(fact[1]);
            value.setId("about-" + fact[0].toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            grid.addRow(row++, new Label(fact[0] + ":"), value);
        }
        Button copy = new Button("Copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(facts.text());
            Clipboard.getSystemClipboard().setContent(content);
        });
        dialog.getDialogPane().setContent(new VBox(10, grid, copy));
        dialog.show();
        return dialog;
    }
}
