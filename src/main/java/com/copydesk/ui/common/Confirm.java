package com.copydesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A question before something that cannot be taken back lightly (overriding a rule, replacing a
 * file). Cancel is the default button, so that Enter pressed out of habit does not say yes.
 */
public final class Confirm {
    private Confirm() {
    }

    public static boolean ask(Window owner, String title, String header, String text, String yes) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, yesButton, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        ((Button) alert.getDialogPane().lookupButton(yesButton)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == yesButton).isPresent();
    }
}
