package com.copydesk.ui.draft;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a key and its value: keys in a column on the left (as wide as the widest key, up to
 * {@code maxKeyWidth}, wrapping past it), values in the rest of the width, wrapping. Unlike a
 * {@code GridPane} it asks each value for its height at the width it gets, so wrapped text is
 * never cut to one line. A row may also be one node across both columns (a section heading).
 */
final class KeyValuePane extends Region {
    private final List<Node[]> rows = new ArrayList<>();
    private final double hgap;
    private final double vgap;
    private final double maxKeyWidth;

    KeyValuePane(double hgap, double vgap, double maxKeyWidth) {
        this.hgap = hgap;
        this.vgap = vgap;
        this.maxKeyWidth = maxKeyWidth;
        setMinWidth(0);
    }

    void addRow(Node key, Node value) {
        rows.add(new Node[] {key, value});
        getChildren().addAll(key, value);
    }

    /** A row of one node across both columns. */
    void addSpanning(Node node) {
        rows.add(new Node[] {node, null});
        getChildren().add(node);
    }

    int rowCount() {
        return rows.size();
    }

    void clear() {
        rows.clear();
        getChildren().clear();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double keyWidth() {
        double width = 0;
        for (Node[] row : rows) {
            if (row[1] != null) {
                width = Math.max(width, Math.min(maxKeyWidth, row[0].prefWidth(-1)));
            }
        }
        return Math.ceil(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double keys = keyWidth();
        double width = 0;
        for (Node[] row : rows) {
            width = Math.max(width, row[1] == null ? row[0].prefWidth(-1) : keys + hgap + row[1].prefWidth(-1));
        }
        return snappedLeftInset() + width + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? prefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        double keys = keyWidth();
        double height = 0;
        for (int i = 0; i < rows.size(); i++) {
            height += rowHeight(rows.get(i), keys, inner) + (i > 0 ? vgap : 0);
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    private double rowHeight(Node[] row, double keys, double inner) {
        if (row[1] == null) {
            return row[0].prefHeight(Math.max(0, inner));
        }
        double values = Math.max(0, inner - keys - hgap);
        return Math.max(row[0].prefHeight(keys), row[1].prefHeight(values));
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
        double keys = Math.min(keyWidth(), inner);
        double values = Math.max(0, inner - keys - hgap);
        for (Node[] row : rows) {
            double height = rowHeight(row, keys, inner);
            if (row[1] == null) {
                row[0].resizeRelocate(x, y, inner, height);
            } else {
                row[0].resizeRelocate(x, y, keys, row[0].prefHeight(keys));
                row[1].resizeRelocate(x + keys + hgap, y, values, row[1].prefHeight(values));
            }
            y += height + vgap;
        }
    }
}
