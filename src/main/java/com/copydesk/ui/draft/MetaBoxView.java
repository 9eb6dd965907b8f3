package com.copydesk.ui.draft;

import com.copydesk.model.Draft;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft's meta box: every field but the title and the body ({@link MetaFields} decides which
 * and how they read), a label on the left and its value on the right ({@link MetaValueNodes}). Lists are one item a line, objects are indented {@code key: value} rows, fields
 * the draft format does not name ({@link Draft#extra()}) follow under "Other fields" with their
 * own keys, nested maps and lists indented. Empty and absent fields are left out; long values
 * wrap. A value longer than {@value MetaText#MAX_TEXT} characters, or a list or object with more than
 * {@value MetaText#MAX_ITEMS} entries, is cut with a note (untrusted drafts may hold 5 MB); "Copy value"
 * in the context menu copies a field in full. Use on the FX thread.
 */
public class MetaBoxView extends VBox {
    private static final String ROW = "meta.row";

    private final KeyValuePane grid = new KeyValuePane(18, 9, 160);
    private final Map<String, Object> rows = new LinkedHashMap<>();
    private ContextMenu menu;

    public MetaBoxView() {
        getStyleClass().add("meta-box");
        DraftStyles.apply(this);
        setMinWidth(0);
        Label title = new Label("Meta");
        title.getStyleClass().add("meta-title");
        grid.getStyleClass().add("meta-grid");
        getChildren().addAll(title, grid);
        setOnContextMenuRequested(this::showContextMenu);
    }

    /** Shows the draft's fields; null shows nothing. */
    public void show(Draft draft) {
        DraftStyles.apply(this);
        grid.clear();
        rows.clear();
        boolean headed = false;
        for (MetaField field : MetaFields.of(draft)) {
            if (field.other() && !headed) {
                Label other = new Label("Other fields");
                other.getStyleClass().add("meta-section");
                other.setMaxWidth(Double.MAX_VALUE);
                grid.addSpanning(other);
                headed = true;
            }
            add(field.label(), field.value());
        }
    }

    /** Shows nothing. */
    public void clear() {
        show(null);
    }

    /** Every field shown, as "Copy all" copies it: a label, then its value, indented. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        rows.forEach((label, value) -> out.append(MetaText.row(label, value)).append('\n'));
        return out.toString().strip();
    }

    /** The labels shown and their values as text; for tests. */
    Map<String, String> rows() {
        Map<String, String> texts = new LinkedHashMap<>();
        rows.forEach((label, value) -> texts.put(label, MetaText.plain(value)));
        return texts;
    }

    private void add(String label, Object value) {
        TextFlow key = MetaValueNodes.text(label, "meta-key");
        key.getProperties().put(ROW, label);
        Node node = MetaValueNodes.of(value);
        node.getProperties().put(ROW, label);
        grid.addRow(key, node);
        rows.put(label, value);
    }

    // ---- copying ------------------------------------------------------------------------------

    private void showContextMenu(ContextMenuEvent event) {
        if (menu != null) {
            menu.hide();
        }
        String row = null;
        for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != this;
                node = node.getParent()) {
            if (node.getProperties().get(ROW) instanceof String label) {
                row = label;
                break;
            }
        }
        List<MenuItem> items = new ArrayList<>();
        if (row != null && rows.containsKey(row)) {
            Object value = rows.get(row);
            MenuItem copyValue = new MenuItem("Copy value");
            copyValue.setId("copyValue");
            copyValue.setOnAction(e -> copy(MetaText.plain(value)));
            items.add(copyValue);
        }
        MenuItem copyAll = new MenuItem("Copy all");
        copyAll.setId("copyAll");
        copyAll.setOnAction(e -> copy(plainText()));
        items.add(copyAll);
        menu = new ContextMenu(items.toArray(MenuItem[]::new));
        menu.show(this, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
