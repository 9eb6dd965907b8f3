package com.copydesk.ui.draft;

import javafx.scene.image.Image;

/**
 * Fetches an image of a draft's body. {@link MarkdownView} calls it only after the editor allowed
 * images, only for {@code http} and {@code https} addresses, on the FX thread; it must return at
 * once and load in the background. Tests pass their own to see that nothing is fetched early.
 */
@FunctionalInterface
public interface ImageLoader {

    /** Starts loading the image at {@code url}; may throw {@link IllegalArgumentException} for a bad address. */
    Image load(String url);

    /** JavaFX's own background loading: {@code new Image(url, true)}. */
    static ImageLoader background() {
        return url -> new Image(url, true);
    }
}
