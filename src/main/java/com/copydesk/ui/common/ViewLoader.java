package com.copydesk.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads an FXML view with its controller made by us, with its dependencies passed to its
 * constructor, instead of by FXMLLoader's reflection on a no-argument constructor.
 */
public final class ViewLoader {
    private final Map<Class<?>, Supplier<?>> controllers;

    public ViewLoader(Map<Class<?>, Supplier<?>> controllers) {
        this.controllers = controllers;
    }

    public Parent load(String fxml) {
        URL location = ViewLoader.class.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("no view " + fxml);
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(type -> {
            Supplier<?> supplier = controllers.get(type);
            if (supplier == null) {
                throw new IllegalStateException("no controller registered for " + type.getName());
            }
            return supplier.get();
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
