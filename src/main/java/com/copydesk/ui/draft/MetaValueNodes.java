package com.copydesk.ui.draft;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out one meta value: text that wraps, a list one item a line behind a bullet, an object as
 * indented key-value rows. Cut where an untrusted draft would make the box huge: past
 * {@link MetaText#MAX_TEXT} characters, {@link MetaText#MAX_ITEMS} entries or
 * {@link MetaText#MAX_DEPTH} levels, each cut saying what "Copy value" still copies. Use on the
 * FX thread.
 */
final class MetaValueNodes {
    private MetaValueNodes() {
    }

    /** The node for a value at the top of a row. */
    static Node of(Object value) {
        return node(value, 0, true);
    }

    /** Text that wraps at the width it is given; lighter than a wrapping {@code Label}. */
    static TextFlow text(String text, String styleClass) {
        String shown = text.length() > MetaText.MAX_TEXT
                ? text.substring(0, MetaText.MAX_TEXT)
                        + String.format(Locale.ROOT, "\u2026 (%,d more characters)", text.length() - MetaText.MAX_TEXT)
                : text;
        Text run = new Text(shown);
        run.getStyleClass().add("meta-text");
        if (styleClass != null) {
            run.getStyleClass().add(styleClass);
        }
        TextFlow flow = new TextFlow(run);
        flow.getStyleClass().add("meta-value");
        flow.setMinWidth(0);
        return flow;
    }

    private static Node node(Object value, int depth, boolean topLevel) {
        if (value instanceof Map<?, ?> map && depth < MetaText.MAX_DEPTH) {
            return mapNode(map, depth, topLevel);
        }
        if (value instanceof List<?> list && depth < MetaText.MAX_DEPTH) {
            return listNode(list, depth);
        }
        return text(value instanceof Map<?, ?> || value instanceof List<?> ? MetaText.compact(value) : MetaText.scalar(value),
                value == null || value == MetaText.NULL ? "meta-null" : null);
    }

    private static Node mapNode(Map<?, ?> map, int depth, boolean topLevel) {
        KeyValuePane pairs = new KeyValuePane(8, 2, 220);
        pairs.getStyleClass().add("meta-map");
        if (!topLevel) {
            pairs.getStyleClass().add("meta-nested");
        }
        int shown = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (shown == MetaText.MAX_ITEMS) {
                pairs.addSpanning(text(more(map.size() - shown, "more fields"), "meta-more"));
                break;
            }
            TextFlow key = text(entry.getKey() + ":", "meta-map-key");
            pairs.addRow(key, node(entry.getValue() == null ? MetaText.NULL : entry.getValue(), depth + 1, false));
            shown++;
        }
        return pairs;
    }

    private static Node listNode(List<?> list, int depth) {
        VBox items = new VBox();
        items.getStyleClass().add("meta-list");
        items.setMinWidth(0);
        int shown = 0;
        for (Object item : list) {
            if (shown == MetaText.MAX_ITEMS) {
                items.getChildren().add(text(more(list.size() - shown, "more items"), "meta-more"));
                break;
            }
            Text bullet = new Text("\u2022");
            bullet.getStyleClass().addAll("meta-text", "meta-bullet");
            Node node = node(item == null ? MetaText.NULL : item, depth + 1, false);
            HBox.setHgrow(node, Priority.ALWAYS);
            TextFlow marker = new TextFlow(bullet);
            marker.getStyleClass().add("meta-bullet-box");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(marker, node);
            row.getStyleClass().add("meta-list-item");
            row.setAlignment(Pos.TOP_LEFT);
            row.setMinWidth(0);
            items.getChildren().add(row);
            shown++;
        }
        return items;
    }

    private static String more(int count, String what) {
        return String.format(Locale.ROOT, "\u2026 and %,d %s (\u201cCopy value\u201d copies all)", count, what);
    }
}
