package com.copydesk.ui.draft;

import com.copydesk.model.Draft;
import javafx.scene.Node;

/** How the draft panel shows the meta box: every field but the title and body. */
public interface DraftMeta {
    Node node();

    void show(Draft draft);
}
