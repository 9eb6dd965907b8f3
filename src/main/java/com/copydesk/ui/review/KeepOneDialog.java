package com.copydesk.ui.review;

import com.copydesk.review.ReviewActions;
import com.copydesk.ui.review.BulkRequest.Kind;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * "Keep this one, reject its near-duplicates": on the queue limited to a draft and its twins (the
 * near-duplicate chip), rejects every draft on screen but the kept one, with a reason that names
 * it. The usual bulk preview first (how many, how many with findings); it runs as one bulk
 * rejection, so it is one undo step, kept across a restart like the others.
 */
public final class KeepOneDialog {
    private final BulkCommands desk;
    private final long keptId;
    private final String reason;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label summary = new Label("Counting\u2026");
    private ReviewActions.Preview preview;

    private KeepOneDialog(Window owner, BulkCommands desk, long keptId, String keptReference) {
        this.desk = desk;
        this.keptId = keptId;
        this.reason = "near-duplicate of " + keptReference + ", which was kept";
        dialog.initOwner(owner);
        dialog.setTitle("Bulk: keep one, reject its near-duplicates");
        dialog.setHeaderText("Keep " + keptReference + " and reject the other drafts on screen");
        summary.setId("keepOneSummary");
        summary.setWrapText(true);
        summary.setMaxWidth(500);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label why = new Label("Reason kept with each rejection: " + reason);
        why.setId("keepOneReason");
        why.setWrapText(true);
        why.setMaxWidth(500);
        VBox content = new VBox(10, summary, why);
        content.setPadding(new Insets(14, 16, 10, 16));
        content.setMinWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Reject the others");
        ok.setId("keepOneRun");
        ok.setDisable(true);
        // the drafts on screen (the chip's filter, read now), then the counts of all but the kept one
        desk.preview(new ReviewActions.Target.Matching(desk.currentFilter()), all -> {
            List<Long> others = all.ids().stream().filter(id -> id != keptId).toList();
            desk.preview(new ReviewActions.Target.Ids(others), counted -> {
                preview = counted;
                summary.setText(String.format("This rejects %s; %s", BulkDialog.drafts(counted.drafts()),
                        counted.flagged() == 0 ? "none of them has findings." : String.format("%,d of them %s findings.",
                                counted.flagged(), counted.flagged() == 1 ? "has" : "have")));
                ok.setDisable(counted.drafts() == 0);
                if (dialog.getDialogPane().getScene() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        });
    }

    /**
     * Shows the dialog for the draft the queue's near-duplicate chip names; rejects the others in
     * the background if the editor confirms.
     */
    public static void show(Window owner, BulkCommands desk, long keptId, String keptReference) {
        KeepOneDialog keep = new KeepOneDialog(owner, desk, keptId, keptReference);
        keep.dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> keep.run());
    }

    private void run() {
        if (preview != null && preview.drafts() > 0) {
            desk.runBulk(new BulkRequest(Kind.REJECT, false, reason, null, null, null), preview);
        }
    }
}
