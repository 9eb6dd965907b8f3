package com.copydesk.ui.review;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * Asks why a draft is rejected, offering the editor's preset reasons: a click or its key (1 to 9,
 * while the reason is still empty) fills the reason, which stays editable; Enter rejects. A digit
 * typed after the first character is text, so "2 broken links" can still be typed.
 */
public final class RejectReasonDialog {
    private RejectReasonDialog() {
    }

    /** The reason, stripped; empty if the editor cancels (OK is disabled while the reason is blank). */
    public static Optional<String> ask(Window owner, String header, List<String> presets) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Reject");
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        TextField reason = new TextField();
        reason.setId("rejectReason");
        reason.setPrefColumnCount(36);
        FlowPane choices = new FlowPane(6, 6);
        choices.setId("rejectPresets");
        List<String> offered = presets.stream().limit(9).toList();
        for (int i = 0; i < offered.size(); i++) {
            String preset = offered.get(i);
            Button button = new Button((i + 1) + "  " + preset);
            button.setId("preset" + (i + 1));
            button.setFocusTraversable(false); // Tab goes from the reason to OK, not through every preset
            button.setOnAction(e -> fill(reason, preset));
            choices.getChildren().add(button);
        }
        VBox content = new VBox(8, new Label("Reason:"), reason);
        if (!offered.isEmpty()) {
            content.getChildren().addAll(new Label("Or a preset (its key while the reason is empty; Edit \u203a Preferences edits them):"),
                    choices);
        }
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            int number = presetKey(e.getCharacter());
            if (reason.getText().isEmpty() && number >= 1 && number <= offered.size()) {
                fill(reason, offered.get(number - 1));
                e.consume();
            }
        });
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        // a reason of spaces only is none: OK (and Enter) would close the dialog and reject nothing
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()));
        dialog.setResultConverter(button -> ButtonType.OK.equals(button) ? reason.getText().strip() : null);
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait().filter(text -> !text.isEmpty());
    }

    /** The preset a typed character names (1 to 9), or 0. */
    static int presetKey(String typed) {
        return typed != null && typed.length() == 1 && typed.charAt(0) >= '1' && typed.charAt(0) <= '9'
                ? typed.charAt(0) - '0' : 0;
    }

    private static void fill(TextField reason, String preset) {
        reason.setText(preset);
        reason.requestFocus();
        reason.positionCaret(preset.length());
    }
}
