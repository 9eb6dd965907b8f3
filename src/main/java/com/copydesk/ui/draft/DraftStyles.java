package com.copydesk.ui.draft;

import javafx.application.Application;
import javafx.scene.Parent;

import java.util.Objects;

/**
 * The draft views' stylesheets. {@code draft.css} colours everything with AtlantaFX's looked-up
 * colours; when the application runs without an AtlantaFX theme (JavaFX's own Modena),
 * {@code draft-fallback.css} defines those colours on the views as well, so nothing is left
 * unresolved. Checked again on every {@code show}, as the theme may be set after a view is made.
 */
final class DraftStyles {
    static final String MAIN = url("draft.css");
    static final String FALLBACK = url("draft-fallback.css");

    private DraftStyles() {
    }

    private static String url(String name) {
        return Objects.requireNonNull(DraftStyles.class.getResource(name), name).toExternalForm();
    }

    static void apply(Parent view) {
        if (!view.getStylesheets().contains(MAIN)) {
            view.getStylesheets().add(0, MAIN);
        }
        String theme = Application.getUserAgentStylesheet();
        boolean atlantaFx = theme != null && theme.contains("atlantafx");
        if (atlantaFx) {
            view.getStylesheets().remove(FALLBACK);
        } else if (!view.getStylesheets().contains(FALLBACK)) {
            view.getStylesheets().add(FALLBACK);
        }
    }
}
