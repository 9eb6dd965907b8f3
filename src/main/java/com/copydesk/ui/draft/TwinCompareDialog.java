package com.copydesk.ui.draft;

import com.copydesk.model.NearTwin;
import com.copydesk.model.StoredDraft;
import com.copydesk.review.WordDiff;
import com.copydesk.ui.common.VisibleText;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;

/**
 * "Compare with twin": the body of the draft shown and its near-duplicate twin's side by side,
 * the words only one of them has marked. The words are compared off the FX thread
 * ({@link DraftViewModel#compare}); the dialog opens at once, says it is comparing, and fills in.
 */
public final class TwinCompareDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label summary = new Label();
    private final GridPane sides = new GridPane();

    private TwinCompareDialog(Window owner, StoredDraft draft, NearTwin twin) {
        dialog.initOwner(owner);
        dialog.setTitle("Compare with twin");
        dialog.setHeaderText(String.format(Locale.ROOT, "%s and its near copy %s (similarity %.2f)",
                draft.reference(), twin.reference(), twin.similarity()));
        summary.setId("twinSummary");
        summary.setWrapText(true);
        summary.setText("Comparing the words of the two bodies\u2026");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        sides.getColumnConstraints().setAll(half, half);
        RowConstraints heads = new RowConstraints();
        RowConstraints bodies = new RowConstraints();
        bodies.setVgrow(Priority.ALWAYS);
        sides.getRowConstraints().setAll(heads, bodies);
        sides.setHgap(12);
        sides.setVgap(6);
        VBox content = new VBox(8, summary, sides);
        VBox.setVgrow(sides, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(
                TwinCompareDialog.class.getResource("/com/copydesk/ui/draft/twin-compare.css").toExternalForm());
        dialog.getDialogPane().getStyleClass().add("twin-compare");
        dialog.setResizable(true);
    }

    /** Opens the dialog for the draft shown and this twin of it, and fills it in when the words are compared. */
    public static void show(Window owner, DraftViewModel model, NearTwin twin) {
        StoredDraft shown = model.draftProperty().get();
        if (shown == null) {
            return;
        }
        TwinCompareDialog view = new TwinCompareDialog(owner, shown, twin);
        view.dialog.show();
        // Wide enough for two bodies side by side, never more than the screen, and sized once
        // shown: showing sizes the window to the content, which the wrapping summary keeps narrow
        // (the dialog opened 372-600 px wide).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1140, screen.getWidth() - 40);
        double height = Math.min(720, screen.getHeight() - 80);
        view.dialog.setWidth(width);
        view.dialog.setHeight(height);
        view.dialog.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        view.dialog.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        model.compare(twin, view::fill);
    }

    private void fill(TwinComparison comparison) {
        WordDiff.Result diff = comparison.diff();
        String counts = diff.same() ? "The two bodies have the same words (only spacing or line breaks differ)."
                : String.format("%,d words only on the left, %,d only on the right (marked).", diff.changedLeft(),
                diff.changedRight());
        summary.setText(diff.capped().map(why -> counts + " Compared in part: " + why + ".").orElse(counts));
        sides.add(heading(comparison.draft(), "twinLeftTitle"), 0, 0);
        sides.add(heading(comparison.twin(), "twinRightTitle"), 1, 0);
        sides.add(body(diff.left(), "twinLeft"), 0, 1);
        sides.add(body(diff.right(), "twinRight"), 1, 1);
    }

    private static Text text(String text, boolean changed) {
        Text node = new Text(VisibleText.of(text)); // a body's hidden characters show, never act
        node.getStyleClass().add(changed ? "diff-changed" : "diff-same");
        return node;
    }

    private static Label heading(StoredDraft draft, String id) {
        Label label = new Label(draft.reference() + " \u2014 " + VisibleText.of(draft.imported().title()));
        label.setId(id);
        label.getStyleClass().add("twin-heading");
        return label;
    }

    private static ScrollPane body(List<WordDiff.Span> spans, String id) {
        TextFlow flow = new TextFlow();
        flow.setId(id);
        for (WordDiff.Span span : spans) {
            // the spaces after a changed run are not marked: the underline ends with the word
            String words = span.changed() ? span.text().stripTrailing() : span.text();
            flow.getChildren().add(text(words, span.changed()));
            if (words.length() < span.text().length()) {
                flow.getChildren().add(text(span.text().substring(words.length()), false));
            }
        }
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("twin-body");
        return scroll;
    }
}
