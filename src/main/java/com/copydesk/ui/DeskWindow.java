package com.copydesk.ui;

import com.copydesk.review.Workspace;
import com.copydesk.ui.common.AppIcons;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.FxThreadCost;
import com.copydesk.ui.common.Themes;
import com.copydesk.ui.common.ViewLoader;
import com.copydesk.ui.common.WindowSettings;
import com.copydesk.ui.draft.DraftPaneView;
import com.copydesk.ui.filters.FilterBarView;
import com.copydesk.ui.history.HistoryPaneView;
import com.copydesk.ui.main.MainView;
import com.copydesk.ui.main.MainViewModel;
import com.copydesk.ui.main.SampleDrafts;
import com.copydesk.ui.overview.OverviewPane;
import com.copydesk.ui.queue.QueuePaneView;
import com.copydesk.ui.views.ViewsPaneView;
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
    private final MainView view;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DeskWindow.class.getName());
    private final SampleDrafts samples;
    /** When the window's nodes were built, for the start-up figure. */
    private final long built;

    public DeskWindow(Workspace workspace, Background background, WindowSettings settings) {
        this(workspace, background, settings, url -> { });
    }

    /** @param openLink opens a web address the editor clicked in a draft (the application's host services) */
    public DeskWindow(Workspace workspace, Background background, WindowSettings settings,
                      java.util.function.Consumer<String> openLink) {
        long constructing = System.currentTimeMillis();
        this.model = new MainViewModel(workspace, background);
        // beside the store, not in the temporary folder: the drafts' history names these files
        this.samples = new SampleDrafts(workspace.storePath().resolveSibling("copydesk-samples"));
        model.openQueue(); // the first page is read while the window is built
        Themes.apply(new com.copydesk.ui.preferences.Preferences(settings).theme().dark(System.getenv()));
        MainView[] main = new MainView[1];
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                MainView.class, () -> main[0] = new MainView(model, samples, settings),
                // each pane gets its own view model and the few things it asks of the desk, never the desk
                FilterBarView.class, () -> new FilterBarView(model.filters(), model.queue().matchesProperty(),
                        model.filterChoices()),
                ViewsPaneView.class, () -> new ViewsPaneView(model.views(), model.filters(), model::say),
                QueuePaneView.class, () -> new QueuePaneView(model.queue(), model.storeDraftsProperty(), model.draft()::show,
                        model.draft()::prefetch),
                DraftPaneView.class, () -> new DraftPaneView(model.draft(), model::say, openLink, settings),
                HistoryPaneView.class, () -> new HistoryPaneView(model.draft().history()));
        Parent root = new ViewLoader(controllers).load("/com/copydesk/ui/main/MainWindow.fxml");
        this.view = main[0];
        // the hidden tabs are built when first chosen: the first frame is the queue and the draft
        OverviewPane[] made = new OverviewPane[1];
        Supplier<OverviewPane> overview = () -> {
            if (made[0] == null) {
                made[0] = OverviewPane.create(workspace, background);
                // a click on a bar: its drafts in the queue, the same filter the bar counted
                made[0].setOnDrill(filter -> {
                    model.filters().apply(filter);
                    view.showQueue();
                });
            }
            return made[0];
        };
        // the tab tells its choice (and so asks for a refresh) before its content is set: either builds it
        view.setOverviewWhenShown(() -> overview.get().node(), () -> overview.get().refresh());
        view.setHistoryWhenShown(() -> new ViewLoader(controllers).load("/com/copydesk/ui/history/HistoryPane.fxml"));
        this.scene = new Scene(root);
        scene.getStylesheets().add(DeskWindow.class.getResource("/com/copydesk/ui/desk.css").toExternalForm());
        this.built = System.currentTimeMillis();
        LOG.info(() -> "the window's nodes built in " + (built - constructing) + " ms");
    }

    public MainViewModel model() {
        return model;
    }

    /** Where this run logs (Help › Show log file); null when it logs to no file. */
    public void setLogFile(java.nio.file.Path logFile) {
        view.setLogFile(logFile);
    }

    /** How File › Open store and Recent stores switch the desk to another store. */
    public void setStoreSwitch(java.util.function.Consumer<java.nio.file.Path> switchStore) {
        view.setStoreSwitch(switchStore);
    }

    /** Before the store closes for another: unsaved edits handed to the background, the layout remembered. */
    public void closeForSwitch(Stage stage) {
        view.closeForSwitch(stage);
        stage.titleProperty().unbind();
    }

    /** Shows the window on the stage and, on an empty store, offers the sample drafts. */
    public void show(Stage stage, boolean offerSamples) {
        logFirstQueueFrame();
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        // the size first: a scene set on a showing stage whose size was never set is laid out once at
        // its preferred size (CSS and layout of every pane, on the FX thread), then again at the real one
        view.restore(stage);
        stage.setScene(scene);
        AppIcons.apply(stage);
        stage.titleProperty().bind(model.titleProperty());
        stage.show();
        view.restoreSplits();
        view.focusQueue();
        model.start();
        if (offerSamples) {
            model.whenEmpty(() -> offerSamples(stage));
        }
    }

    /**
     * Logs how long after the process started the first frame with the queue's rows was drawn:
     * the figure the start-up is held to (a 5,000-draft store's queue within 3 s).
     */
    private void logFirstQueueFrame() {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            var items = model.queue().itemsProperty().get();
            if (items != null && !items.isEmpty() && items.get(0).row() != null) {
                scene.removePostLayoutPulseListener(listener[0]);
                long now = System.currentTimeMillis();
                long since = ProcessHandle.current().info().startInstant().map(t -> now - t.toEpochMilli()).orElse(-1L);
                // the FX thread's CPU and the classes loaded: figures a shared machine's load does not move
                long fxCpu = FxThreadCost.cpuMillis();
                long classes = FxThreadCost.classesLoaded();
                LOG.info(() -> "the queue's first rows drawn " + since + " ms after the process started, "
                        + (now - built) + " ms after the window was built; the FX thread's CPU " + fxCpu
                        + " ms, " + classes + " classes loaded");
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private void offerSamples(Stage stage) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "This store has no drafts yet. Load the sample drafts that come with Copydesk to look around?",
                ButtonType.YES, ButtonType.NO);
        ask.initOwner(stage);
        ask.setTitle("Copydesk");
        ask.setHeaderText("An empty store");
        ask.showAndWait().filter(ButtonType.YES::equals)
                .ifPresent(yes -> model.importPaths(List.of(samples.extract())));
    }
}
