package com.copydesk.ui.draft;

import com.copydesk.model.ImageSource;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.net.URI;
import java.util.Locale;

/**
 * An image of the body: a box with its caption, its source (from the draft's {@code image_sources})
 * and its address. Nothing is fetched until the editor allows images; then an {@code http(s)}
 * image loads in the background and appears above the caption once loaded, while the box says
 * what is happening (loading, failed, not fetched).
 */
final class ImageBox extends VBox {
    enum State { OFF, NOT_FETCHED, LOADING, LOADED, FAILED }

    private final String url;
    private final ImageLoader loader;
    private final Label status = new Label();
    private final FontIcon icon = new FontIcon(Material2OutlinedAL.IMAGE);
    private State state = State.OFF;
    private Image image;
    private FittedImage shown;
    private ChangeListener<Number> progressListener;
    private ChangeListener<Boolean> errorListener;

    ImageBox(String url, String caption, String title, ImageSource source, ImageLoader loader) {
        this.url = url == null ? "" : url;
        this.loader = loader;
        getStyleClass().add("md-image-box");
        getProperties().put(MarkdownRenderer.IMAGE_URL, this.url);
        setMinWidth(0);

        icon.getStyleClass().add("md-image-icon");
        Label captionLabel = wrapping(caption == null || caption.isBlank() ? "(no caption)" : caption, "md-image-caption");
        HBox.setHgrow(captionLabel, Priority.ALWAYS);
        HBox header = new HBox(8, icon, captionLabel);
        header.setAlignment(Pos.TOP_LEFT);
        getChildren().add(header);
        if (title != null && !title.isBlank() && !title.equals(caption)) {
            getChildren().add(wrapping("Title: " + title, "md-image-detail"));
        }
        String from = source == null || source.source() == null || source.source().isBlank()
                ? "not listed in the draft's image sources" : source.source();
        Label sourceLabel = wrapping("Source: " + from, "md-image-detail");
        if (source == null) {
            sourceLabel.getStyleClass().add("md-image-unlisted");
        }
        getChildren().add(sourceLabel);
        getChildren().add(wrapping(this.url.isEmpty() ? "(no address)" : this.url, "md-image-url"));
        status.getStyleClass().add("md-image-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        getChildren().add(status);
        setAllowed(false);
    }

    private static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    String url() {
        return url;
    }

    State state() {
        return state;
    }

    /** Whether the address is one Copydesk fetches: absolute {@code http} or {@code https} with a host. */
    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && uri.getHost() != null
                    && ("http".equals(scheme.toLowerCase(Locale.ROOT)) || "https".equals(scheme.toLowerCase(Locale.ROOT)));
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return false;
        }
    }

    /** Images are allowed or not: load (once) or go back to the placeholder and stop loading. */
    void setAllowed(boolean allowed) {
        if (!allowed) {
            dispose();
            show(State.OFF, "Not loaded: images are off.");
            return;
        }
        if (!isWebAddress(url)) {
            show(State.NOT_FETCHED, "Not loaded: only http and https images are fetched.");
            return;
        }
        if (image == null) {
            try {
                image = loader.load(url.strip());
            } catch (RuntimeException e) {
                image = null;
                show(State.FAILED, "Could not load the image: " + message(e));
                return;
            }
            if (image == null) {
                show(State.FAILED, "Could not load the image.");
                return;
            }
            progressListener = (obs, old, now) -> update();
            errorListener = (obs, old, now) -> update();
            image.progressProperty().addListener(progressListener);
            image.errorProperty().addListener(errorListener);
        }
        update();
    }

    private void update() {
        if (image == null) {
            return;
        }
        if (image.isError()) {
            show(State.FAILED, "Could not load the image: " + message(image.getException()));
        } else if (image.getProgress() >= 1.0 && image.getWidth() > 0) {
            if (shown == null) {
                shown = new FittedImage(image);
                getChildren().add(0, shown);
            }
            show(State.LOADED, null);
        } else {
            show(State.LOADING, String.format(Locale.ROOT, "Loading\u2026 %.0f%%", image.getProgress() * 100));
        }
    }

    private void show(State newState, String text) {
        state = newState;
        status.setText(text == null ? "" : text);
        status.setVisible(text != null);
        status.setManaged(text != null);
        icon.setIconCode(newState == State.FAILED ? Material2OutlinedAL.BROKEN_IMAGE : Material2OutlinedAL.IMAGE);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), newState == State.FAILED);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("loaded"), newState == State.LOADED);
    }

    private static String message(Throwable e) {
        if (e == null) {
            return "unknown error.";
        }
        String text = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > 200 ? text.substring(0, 200) + "\u2026" : text;
    }

    /** Stops a load in flight and forgets the image; the box is a placeholder again. */
    void dispose() {
        if (image != null) {
            image.progressProperty().removeListener(progressListener);
            image.errorProperty().removeListener(errorListener);
            if (image.getProgress() < 1.0) {
                image.cancel();
            }
            image = null;
        }
        if (shown != null) {
            getChildren().remove(shown);
            shown = null;
        }
    }
}
