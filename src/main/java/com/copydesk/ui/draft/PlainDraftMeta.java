package com.copydesk.ui.draft;

import com.copydesk.model.Draft;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The meta box as one line per field: what the panel shows until a richer view is given. */
public final class PlainDraftMeta implements DraftMeta {
    private final Label text = new Label();

    public PlainDraftMeta() {
        text.setWrapText(true);
    }

    @Override
    public Node node() {
        return text;
    }

    @Override
    public void show(Draft draft) {
        text.setText("topic: " + draft.topic() + "\nsummary: " + draft.summary());
    }
}
