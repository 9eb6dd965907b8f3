package com.copydesk.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two looks of the desk, from AtlantaFX: calm light and dark themes that style every control. */
public final class Themes {
    private Themes() {
    }

    public static void apply(boolean dark) {
        String stylesheet = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        // setting the same one again makes every scene redo its CSS: the start applies it before the window does
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }
}
