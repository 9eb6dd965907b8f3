package com.copydesk.ui.draft;

import com.copydesk.model.Draft;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;

/** How the draft panel shows a body; images stay placeholders until allowed. */
public interface DraftBody {
    Node node();

    void show(Draft draft);

    BooleanProperty imagesAllowedProperty();
}
