package com.copydesk.ui.overview;

import javafx.geometry.Point2D;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tick labels for a category axis whose own labels are hidden, placed under the categories they
 * name. A {@link CategoryAxis} (final, so not to be taught otherwise) labels every category and
 * turns all labels on end once they would not fit side by side; a timeline of 45 days wants a
 * level label under every fifth bar instead.
 */
public final class TickRow extends Pane {
    private static final double MIN_GAP = 10;
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private CategoryAxis axis;

    public TickRow() {
        getStyleClass().add("tick-row");
        setMinHeight(USE_PREF_SIZE);
    }

    /** The axis whose categories the labels stand under; its own tick labels should be hidden. */
    public void setAxis(CategoryAxis axis) {
        this.axis = axis;
        axis.categorySpacingProperty().addListener(obs -> requestLayout());
        axis.widthProperty().addListener(obs -> requestLayout());
        axis.layoutXProperty().addListener(obs -> requestLayout());
    }

    /** The label under each category that has one; categories with an empty label get none. */
    public void setTicks(Map<String, String> ticks) {
        labels.clear();
        getChildren().clear();
        ticks.forEach((category, text) -> {
            if (!text.isEmpty()) {
                Label label = new Label(text);
                label.getStyleClass().add("tick-label");
                labels.put(category, label);
                getChildren().add(label);
            }
        });
        requestLayout();
    }

    /** The labels given, by category (a label that would touch its neighbour is not drawn); for tests. */
    public Map<String, String> shownTicks() {
        Map<String, String> shown = new LinkedHashMap<>();
        labels.forEach((category, label) -> shown.put(category, label.getText()));
        return shown;
    }

    @Override
    protected double computePrefHeight(double width) {
        double height = 0;
        for (Label label : labels.values()) {
            height = Math.max(height, label.prefHeight(-1));
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        if (axis == null || axis.getScene() == null) {
            return;
        }
        double top = snappedTopInset();
        // From the last label back, so that the newest is always shown; a label that would touch
        // the one after it is left out.
        double limit = Double.MAX_VALUE;
        java.util.List<Map.Entry<String, Label>> entries = new java.util.ArrayList<>(labels.entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Label label = entries.get(i).getValue();
            double w = label.prefWidth(-1);
            double h = label.prefHeight(-1);
            double position = axis.getDisplayPosition(entries.get(i).getKey());
            if (Double.isNaN(position)) {
                label.setVisible(false);
                continue;
            }
            Point2D at = sceneToLocal(axis.localToScene(position, 0));
            double x = Math.max(0, Math.min(getWidth() - w, at.getX() - w / 2));
            boolean fits = x + w + MIN_GAP <= limit;
            label.setVisible(fits);
            if (fits) {
                label.resizeRelocate(snapPositionX(x), top, w, h);
                limit = x;
            }
        }
    }
}
