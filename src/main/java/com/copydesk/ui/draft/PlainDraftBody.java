package com.copydesk.ui.draft;

import com.copydesk.model.Draft;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The body as plain text: what the panel shows until a richer view is given. */
public final class PlainDraftBody implements DraftBody {
    private final Label text = new Label();
    private final BooleanProperty imagesAllowed = new SimpleBooleanProperty();

    public PlainDraftBody() {
        text.setWrapText(true);
    }

    @Override
    public Node node() {
        return text;
    }

    @Override
    public void show(Draft draft) {
        text.setText(draft.body());
    }

    @Override
    public BooleanProperty imagesAllowedProperty() {
        return imagesAllowed;
    }
}
