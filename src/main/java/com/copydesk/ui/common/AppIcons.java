package com.copydesk.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The Copydesk icon (rendered from {@code icons/} by {@code icons/render.sh}, on the classpath at
 * {@code /com/copydesk/ui/icons/}) for the window and every dialog. Call on the FX thread.
 */
public final class AppIcons {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};
    private static final String FOLDER = "/com/copydesk/ui/icons/";
    private static List<Image> images;
    private static boolean everyWindow;

    private AppIcons() {
    }

    /** The icon in every size shipped, smallest first; the platform picks what it shows. */
    public static synchronized List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                try (InputStream in = AppIcons.class.getResourceAsStream(FOLDER + "copydesk-" + size + ".png")) {
                    if (in != null) {
                        loaded.add(new Image(in));
                    }
                } catch (java.io.IOException e) {
                    // an icon is decoration: a window without it still works
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    /** Gives the stage the Copydesk icon, unless it already has icons of its own. */
    public static void apply(Stage stage) {
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(images());
        }
    }

    /** Gives a dialog (an {@code Alert}, say) the Copydesk icon. */
    public static void apply(Dialog<?> dialog) {
        if (dialog.getDialogPane().getScene() != null
                && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            apply(stage);
        }
    }

    /**
     * From now on every stage that is shown, the main window, each {@code Alert} and any dialog
     * added later, gets the Copydesk icon unless it has its own. Idempotent.
     */
    public static synchronized void applyToEveryWindow() {
        if (everyWindow) {
            return;
        }
        everyWindow = true;
        Window.getWindows().forEach(AppIcons::applyTo);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(AppIcons::applyTo);
            }
        });
    }

    private static void applyTo(Window window) {
        if (window instanceof Stage stage) {
            apply(stage);
        }
    }
}
