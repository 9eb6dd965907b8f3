package com.copydesk.ui.export;

import com.copydesk.model.DraftFilter;
import com.copydesk.review.Workspace;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.ViewLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The export dialog: format, destination, which drafts, incremental or full; it runs the export
 * in the background with progress and cancel, then shows what it did and offers to open the
 * folder. Its own window, modal to the window that opens it.
 */
public final class ExportDialog {
    private final ExportDialogViewModel model;
    private final Stage stage;

    private ExportDialog(Window owner, ExportDialogViewModel model) {
        this.model = model;
        Map<Class<?>, Supplier<?>> controllers = Map.of(ExportDialogView.class, () -> new ExportDialogView(model));
        Parent root = new ViewLoader(controllers).load("/com/copydesk/ui/export/ExportDialog.fxml");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ExportDialog.class.getResource("/com/copydesk/ui/desk.css").toExternalForm());
        stage = new Stage();
        stage.setTitle("Export drafts");
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        // Closing the window while an export runs stops it; the destination then stays as it was.
        stage.setOnHidden(event -> model.cancel());
    }

    /**
     * Opens the dialog over {@code owner}.
     *
     * @param currentView the filter of the window's queue, offered as "the drafts of the current
     *                    view"; null to not offer it
     * @param selection   references of the drafts selected in the window, offered as "the
     *                    selected drafts" when not empty
     */
    public static ExportDialog show(Window owner, Workspace workspace, Background background, DraftFilter currentView,
                                    List<String> selection) {
        return show(owner, new ExportDialogViewModel(workspace, background, new DesktopFolderOpener(), currentView,
                selection));
    }

    static ExportDialog show(Window owner, ExportDialogViewModel model) {
        ExportDialog dialog = new ExportDialog(owner, model);
        dialog.stage.show();
        return dialog;
    }

    public ExportDialogViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }
}
