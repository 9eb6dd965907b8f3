package com.copydesk.ui.overview;

import com.copydesk.review.Workspace;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.ViewLoader;
import javafx.application.Application;
import javafx.scene.Parent;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The overview of the store as charts: how each score is spread, drafts by status, findings by
 * rule, imports over time. A node to put in a tab (or any container, or a window of its own);
 * it reads the store in the background (a job of its own, not the store thread the queue uses)
 * at each {@link #refresh()}, which its owner calls when the pane is shown. It lays its cards out in four,
 * two or one column as its width allows, so it also fits a narrow side tab.
 *
 * <pre>{@code
 * OverviewPane overview = OverviewPane.create(workspace, background);
 * Tab tab = new Tab("Overview", overview.node());
 * tab.setOnSelectionChanged(e -> { if (tab.isSelected()) overview.refresh(); });
 * // and, while the tab is selected, after an import, a decision, an undo or a re-flag:
 * overview.refresh();
 * }</pre>
 */
public final class OverviewPane {
    static final String FXML = "/com/copydesk/ui/overview/Overview.fxml";
    static final String STYLESHEET = "/com/copydesk/ui/overview/overview.css";
    /** The AtlantaFX colours the overview uses, for a window without an AtlantaFX theme. */
    static final String FALLBACK_STYLESHEET = "/com/copydesk/ui/overview/overview-fallback.css";

    private final OverviewViewModel model;
    private final Parent node;

    private OverviewPane(OverviewViewModel model) {
        this.model = model;
        Map<Class<?>, Supplier<?>> controllers = Map.of(OverviewView.class, () -> new OverviewView(model));
        node = new ViewLoader(controllers).load(FXML);
        node.getStylesheets().add(OverviewPane.class.getResource(STYLESHEET).toExternalForm());
        followTheme();
        // No read here, nor when the pane enters a scene: a tab pane puts every tab's content in
        // the scene at once, and on a store of 1,000,000 drafts the read (0.6 s) would compete
        // with the queue's first page for a tab the editor may never open. Its owner calls refresh.
        node.sceneProperty().addListener((obs, old, scene) -> followTheme());
    }

    /**
     * Uses the fallback colours only while no AtlantaFX theme is set; looked at when the pane is
     * put in a scene and at every refresh, so a theme set later is followed from then on.
     */
    private void followTheme() {
        String theme = Application.getUserAgentStylesheet();
        boolean atlantaFx = theme != null && theme.contains("atlantafx");
        String fallback = OverviewPane.class.getResource(FALLBACK_STYLESHEET).toExternalForm();
        if (atlantaFx) {
            node.getStylesheets().remove(fallback);
        } else if (!node.getStylesheets().contains(fallback)) {
            node.getStylesheets().add(0, fallback);
        }
    }

    /** Whether the fallback colours are in use; for tests. */
    boolean usesFallbackColours() {
        return node.getStylesheets().contains(OverviewPane.class.getResource(FALLBACK_STYLESHEET).toExternalForm());
    }

    /** The overview of the workspace's store; call on the FX thread. */
    public static OverviewPane create(Workspace workspace, Background background) {
        return new OverviewPane(new OverviewViewModel(workspace.queries(), background));
    }

    static OverviewPane create(OverviewViewModel model) {
        return new OverviewPane(model);
    }

    /** The pane, to put in a tab or a window. */
    public Parent node() {
        return node;
    }

    /** Reads the store again in the background and redraws the charts. */
    public void refresh() {
        followTheme();
        model.refresh();
    }

    /** What a click on a bar does: gets the queue's filter for the drafts the bar counts. */
    public void setOnDrill(java.util.function.Consumer<com.copydesk.model.DraftFilter> onDrill) {
        model.setOnDrill(onDrill);
    }

    public OverviewViewModel model() {
        return model;
    }
}
