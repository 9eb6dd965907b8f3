package com.copydesk.ui.review;

import com.copydesk.model.DraftRow;
import com.copydesk.model.ScoreName;
import com.copydesk.review.ReviewActions;
import com.copydesk.ui.common.ScoreSpinner;
import com.copydesk.ui.review.BulkRequest.Kind;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * Confirms a bulk action before it runs: on the selected drafts or on all drafts matching the
 * filter on screen; says how many it touches and how many have findings; leaves the drafts with
 * a blocking finding out of an approval unless the editor includes them.
 */
public final class BulkDialog {
    private final BulkCommands desk;
    private final Kind kind;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final RadioButton selected = new RadioButton();
    private final RadioButton matching = new RadioButton();
    private final Label summary = new Label("Counting\u2026");
    private final CheckBox includeBlocked = new CheckBox();
    private final TextField reason = new TextField();
    private final TextField item = new TextField();
    private final ChoiceBox<ScoreName> score = new ChoiceBox<>();
    private final Spinner<Integer> value = ScoreSpinner.create(70);
    private ReviewActions.Preview preview;
    private long asked;

    private BulkDialog(Window owner, BulkCommands desk, Kind kind) {
        this.desk = desk;
        this.kind = kind;
        dialog.initOwner(owner);
        dialog.setTitle("Bulk: " + kind.label().toLowerCase());
        dialog.setHeaderText(kind.label() + " \u2014 on which drafts?");
        List<DraftRow> rows = List.copyOf(desk.selectedRows());
        ToggleGroup scope = new ToggleGroup();
        selected.setToggleGroup(scope);
        matching.setToggleGroup(scope);
        selected.setText(rows.size() == 1 ? "The selected draft" : String.format("The %,d selected drafts", rows.size()));
        selected.setDisable(rows.isEmpty());
        long matches = desk.matches();
        boolean searchPending = desk.searchPending();
        // the queue still shows the last search that ran; acting on it while the box says otherwise would surprise
        matching.setText(searchPending ? "All drafts matching the filter: not while the search box holds a search"
                + " that cannot run" : allMatching(matches));
        matching.setDisable(searchPending);
        matching.setId("bulkMatching");
        selected.setId("bulkSelected");
        // the selection when there is one (the draft on screen at least): "all matching" is a deliberate choice
        (!rows.isEmpty() || searchPending ? selected : matching).setSelected(true);
        summary.setWrapText(true);
        summary.setId("bulkSummary");
        summary.setMaxWidth(500);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped lines, not an ellipsis
        dialog.setResizable(true);
        includeBlocked.setId("bulkIncludeBlocked");
        reason.setPromptText("Why (kept with each rejection)");
        reason.setId("bulkReason");
        item.setPromptText("The item's text, or its number");
        item.setId("bulkItem");
        score.getItems().setAll(ScoreName.values());
        score.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ScoreName name) {
                return name == null ? "" : Character.toUpperCase(name.key().charAt(0)) + name.key().substring(1);
            }

            @Override
            public ScoreName fromString(String text) {
                return ScoreName.fromKey(text.toLowerCase(java.util.Locale.ROOT)).orElse(null);
            }
        });
        score.setValue(ScoreName.QUALITY);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.setPadding(new Insets(14, 16, 10, 16));
        form.setMinWidth(520); // room for the longest choice and two lines of summary, not a cramped column
        form.add(selected, 0, 0, 2, 1);
        form.add(matching, 0, 1, 2, 1);
        int row = 2;
        switch (kind) {
            case REJECT -> form.addRow(row++, new Label("Reason"), reason);
            case TICK, UNTICK -> form.addRow(row++, new Label("Item"), item);
            case SCORE -> {
                form.addRow(row++, new Label("Score"), score);
                form.addRow(row++, new Label("Editor's value"), value);
            }
            default -> {
            }
        }
        form.add(new VBox(6, summary, includeBlocked), 0, row, 2, 1);
        includeBlocked.setVisible(false); // shown once the count finds drafts with a blocking finding
        includeBlocked.setManaged(false);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(kind.label());
        ok.setDisable(true);
        ok.setId("bulkRun");
        scope.selectedToggleProperty().addListener((o, a, b) -> count(ok, rows));
        includeBlocked.selectedProperty().addListener((o, a, b) -> {
            if (preview != null) {
                summary.setText(summaryOf(preview));
            }
        });
        reason.textProperty().addListener((o, a, b) -> enable(ok));
        item.textProperty().addListener((o, a, b) -> enable(ok));
        count(ok, rows);
    }

    /** Shows the dialog; runs the action in the background if the editor confirms. */
    public static void show(Window owner, BulkCommands desk, Kind kind) {
        BulkDialog bulk = new BulkDialog(owner, desk, kind);
        bulk.dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> bulk.run());
    }

    private void count(Button ok, List<DraftRow> rows) {
        long mine = ++asked;
        preview = null;
        ok.setDisable(true);
        summary.setText("Counting\u2026");
        ReviewActions.Target target = selected.isSelected()
                ? new ReviewActions.Target.Ids(rows.stream().map(DraftRow::id).toList())
                : new ReviewActions.Target.Matching(desk.currentFilter());
        desk.preview(target, counted -> {
            if (mine != asked) {
                return;
            }
            preview = counted;
            if (matching.isSelected()) {
                // the drafts the action will touch, read now; the queue's count may be older (another
                // window, a command) and the two numbers on one dialog must not disagree
                matching.setText(allMatching(counted.drafts()));
            }
            if (kind == Kind.APPROVE && counted.blocked() > 0) {
                includeBlocked.setText(counted.blocked() == 1 ? "Include the one with a blocking finding (recorded as"
                        + " an override)" : String.format("Include the %,d with a blocking finding (recorded as"
                        + " overrides)", counted.blocked()));
            }
            includeBlocked.setDisable(counted.blocked() == 0);
            includeBlocked.setVisible(kind == Kind.APPROVE && counted.blocked() > 0); // no empty box to wonder about
            includeBlocked.setManaged(includeBlocked.isVisible());
            summary.setText(summaryOf(counted));
            enable(ok);
            // the summary may wrap onto more lines: the dialog grows with it rather than clip its buttons
            if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    /**
     * What the action will do, in the numbers it will report: an approval that leaves the drafts
     * with a blocking finding out says how many it approves, so that its result ("changed 5,198,
     * left out 1") is the number the dialog gave, not one less than "touches 5,199".
     */
    private String summaryOf(ReviewActions.Preview counted) {
        String text = String.format("This touches %s; %s", drafts(counted.drafts()), counted.flagged() == 0
                ? "none of them has findings." : String.format("%,d of them still %s findings.", counted.flagged(),
                counted.flagged() == 1 ? "has" : "have"));
        if (kind == Kind.APPROVE && counted.blocked() > 0 && !includeBlocked.isSelected()) {
            text += String.format(" It approves %s: %s with a blocking finding %s left out unless you include %s.",
                    drafts(counted.drafts() - counted.blocked()), counted.blocked() == 1 ? "the one"
                    : String.format("the %,d", counted.blocked()), counted.blocked() == 1 ? "is" : "are",
                    counted.blocked() == 1 ? "it" : "them");
        } else if (kind == Kind.APPROVE && counted.blocked() > 0) {
            text += String.format(" It approves all %s, %s with a blocking finding as %s.", drafts(counted.drafts()),
                    counted.blocked() == 1 ? "the one" : String.format("the %,d", counted.blocked()),
                    counted.blocked() == 1 ? "an override" : "overrides");
        }
        return text;
    }

    private static String allMatching(long n) {
        return n == 1 ? "The 1 draft matching the filter on screen"
                : String.format("All %s matching the filter on screen", drafts(n));
    }

    /** "1 draft", "5,198 drafts". */
    static String drafts(long n) {
        return String.format("%,d %s", n, n == 1 ? "draft" : "drafts");
    }

    private void enable(Button ok) {
        boolean ready = preview != null && preview.drafts() > 0
                && (kind != Kind.REJECT || !reason.getText().isBlank())
                && (kind != Kind.TICK && kind != Kind.UNTICK || !item.getText().isBlank());
        ok.setDisable(!ready);
    }

    private void run() {
        value.commitValue(); // digits typed without Enter are the value the editor sees
        BulkRequest request = new BulkRequest(kind, includeBlocked.isSelected(), reason.getText().strip(),
                item.getText().strip(), score.getValue(), value.getValue());
        desk.runBulk(request, preview);
    }
}
