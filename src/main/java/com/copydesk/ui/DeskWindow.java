package com.copydesk.ui;

import com.copydesk.review.Workspace;
import com.copydesk.ui.common.AppIcons;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.ViewLoader;
import com.copydesk.ui.main.MainView;
import com.copydesk.ui.main.MainViewModel;
import com.copydesk.ui.main.SampleDrafts;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Builds the review desk window for an open workspace: the UI's own wiring place. */
public final class DeskWindow {
    private final MainViewModel model;
    private final Scene scene;

    public DeskWindow(Workspace workspace, Background background) {
        this.model = new MainViewModel(workspace, background);
        SampleDrafts samples = new SampleDrafts();
        Map<Class<?>, Supplier<?>> controllers = Map.of(MainView.class, () -> new MainView(model, samples));
        Parent root = new ViewLoader(controllers).load("/com/copydesk/ui/main/MainWindow.fxml");
        this.scene = new Scene(root);
        scene.getStylesheets().add(DeskWindow.class.getResource("/com/copydesk/ui/desk.css").toExternalForm());
    }

    public MainViewModel model() {
        return model;
    }

    /** Shows the window on the stage and, on an empty store, offers the sample drafts. */
    public void show(Stage stage, boolean offerSamples) {
        stage.setScene(scene);
        AppIcons.apply(stage);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        model.start();
        if (offerSamples) {
            model.whenEmpty(() -> offerSamples(stage));
        }
    }

    private void offerSamples(Stage stage) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "This store has no drafts yet. Load the sample drafts that come with Copydesk to look around?",
                ButtonType.YES, ButtonType.NO);
        ask.initOwner(stage);
        ask.setTitle("Copydesk");
        ask.setHeaderText("An empty store");
        ask.showAndWait().filter(ButtonType.YES::equals)
                .ifPresent(yes -> model.importPaths(List.of(new SampleDrafts().extract())));
    }
}
