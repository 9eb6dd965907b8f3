package com.copydesk.ui.draft;

import javafx.geometry.Orientation;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * A loaded image at its natural size, narrowed (never widened) to the width it is given, its
 * height following. Its minimum width is 0, so a narrow draft panel shrinks it instead of
 * scrolling sideways.
 */
final class FittedImage extends Region {
    private final ImageView view;
    private final double imageWidth;
    private final double imageHeight;

    FittedImage(Image image) {
        this.view = new ImageView(image);
        this.imageWidth = Math.max(1, image.getWidth());
        this.imageHeight = Math.max(1, image.getHeight());
        view.setPreserveRatio(true);
        view.setSmooth(true);
        getStyleClass().add("md-image");
        getChildren().add(view);
    }

    Image image() {
        return view.getImage();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return imageWidth + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? imageWidth : Math.min(imageWidth, width - snappedLeftInset() - snappedRightInset());
        return Math.max(0, inner) * imageHeight / imageWidth + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double inner = Math.min(imageWidth, getWidth() - snappedLeftInset() - snappedRightInset());
        view.setFitWidth(Math.max(1, inner));
        view.relocate(snappedLeftInset(), snappedTopInset());
    }
}
