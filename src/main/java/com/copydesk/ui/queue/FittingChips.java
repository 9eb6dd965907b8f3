package com.copydesk.ui.queue;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * A row of chips that shows as many as fit its width, whole, and a "+N" chip for the rest: a
 * chip cut in half reads as another rule, and one cut off entirely would hide that there is more.
 */
final class FittingChips extends Region {
    private static final double GAP = 4;
    /** Narrower than this a cut chip shows too little of its rule to be worth it. */
    private static final double MIN_CUT_CHIP = 36;
    private final Label more = new Label();

    FittingChips() {
        more.getStyleClass().addAll("flag-chip", "flag-more");
        more.setId("moreFlags");
    }

    /** The chips to show, in order of importance (the first ones stay when the row is narrow). */
    void setChips(List<Label> chips) {
        getChildren().setAll(chips);
        getChildren().add(more);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        int count = getChildren().size() - 1;
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight();
        double x = snappedLeftInset();
        int fit = 0;
        for (int i = 0; i < count; i++) {
            double chip = getChildren().get(i).prefWidth(-1);
            // the last chip needs no room for a "+N" after it; any other one does
            double reserve = i == count - 1 ? 0 : GAP + moreWidth(count - i - 1);
            if (x + chip + reserve > snappedLeftInset() + width) {
                break;
            }
            x += chip + GAP;
            fit++;
        }
        // none fits whole: the first (most severe) shows cut rather than a bare "+N" that names no rule
        double firstCut = 0;
        if (fit == 0 && count > 0) {
            double room = width - (count > 1 ? GAP + moreWidth(count - 1) : 0);
            if (room >= MIN_CUT_CHIP) {
                firstCut = room;
                fit = 1;
            }
        }
        x = snappedLeftInset();
        for (int i = 0; i < count; i++) {
            Label chip = (Label) getChildren().get(i);
            chip.setVisible(i < fit);
            if (i == 0 && firstCut > 0) {
                double h = Math.min(height, chip.prefHeight(-1));
                chip.resizeRelocate(x, Math.round((height - h) / 2), firstCut, h);
                x += firstCut + GAP;
            } else if (i < fit) {
                x = place(chip, x, height);
            }
        }
        more.setVisible(fit < count);
        if (fit < count) {
            more.setText("+" + (count - fit));
            place(more, x, height);
        }
    }

    private double place(Label chip, double x, double height) {
        double w = chip.prefWidth(-1);
        double h = Math.min(height, chip.prefHeight(w));
        chip.resizeRelocate(x, Math.round((height - h) / 2), w, h);
        return x + w + GAP;
    }

    private double moreWidth(int hidden) {
        String text = more.getText();
        more.setText("+" + hidden);
        double width = more.prefWidth(-1);
        more.setText(text);
        return width;
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = 0;
        for (int i = 0; i < getChildren().size() - 1; i++) {
            width += getChildren().get(i).prefWidth(-1) + GAP;
        }
        return snappedLeftInset() + width + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0; // the column's width decides; what does not fit goes behind "+N"
    }

    @Override
    protected double computePrefHeight(double width) {
        double height = more.prefHeight(-1);
        for (var chip : getChildren()) {
            height = Math.max(height, chip.prefHeight(-1));
        }
        return snappedTopInset() + height + snappedBottomInset();
    }
}
