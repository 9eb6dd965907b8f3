package com.copydesk.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** What the search box reads (the same syntax as {@code list --search}), from the Help menu. */
final class SearchSyntaxDialog {
    static final String[][] FORMS = {
            {"index migration", "drafts with both words"},
            {"\"connection pool\"", "the exact phrase"},
            {"cach*", "words that start with cach"},
            {"rust OR go", "either word"},
            {"cache AND NOT redis", "cache, but not redis"},
            {"cache -redis", "the same: a minus before a word excludes it"},
            {"ai-style", "one phrase (a minus inside a word is the word's)"},
            {"title:rust", "rust in the title (also summary: and body:)"},
            {"title:\"rust async\"", "a phrase in the title"},
            {"(rust OR go) async", "a group"}};

    private SearchSyntaxDialog() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setId("searchSyntax");
        for (int i = 0; i < FORMS.length; i++) {
            Label form = new Label(FORMS[i][0]);
            form.getStyleClass().add("shortcut-key");
            grid.addRow(i, form, new Label(FORMS[i][1]));
        }
        Label note = new Label("Upper-case AND, OR and NOT are operators; a search the desk cannot read "
                + "is explained under the search box, and the list stays as it was.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        grid.add(note, 0, FORMS.length, 2, 1);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Search syntax");
        alert.setHeaderText("What the search box reads");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
