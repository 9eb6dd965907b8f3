package com.copydesk.ui.importing;

import com.copydesk.model.DerivedReference;
import com.copydesk.model.ImportError;
import com.copydesk.model.ImportSkip;
import com.copydesk.model.ImportSummary;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Function;

/**
 * What an import did, with every rejected record (file, line, reference and why), the files
 * skipped as no pages and why, and the references pages took from their paths.
 */
public final class ImportReportDialog {
    private ImportReportDialog() {
    }

    public static void show(Window owner, ImportSummary summary) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import report");
        dialog.setHeaderText(String.format("%sImported %,d, updated %,d, unchanged %,d, rejected %,d, skipped %,d",
                summary.cancelled() ? "Cancelled. " : "", summary.imported(), summary.updated(), summary.unchanged(),
                summary.rejected(), summary.skipped().size()));
        TableView<ImportError> table = new TableView<>();
        table.setId("importErrors");
        table.getColumns().add(column("File", 260, ImportError::file));
        table.getColumns().add(column("Line", 60, e -> e.line() == null ? "" : e.line().toString()));
        table.getColumns().add(column("Reference", 150, e -> e.reference() == null ? "" : e.reference()));
        table.getColumns().add(wrapped(column("Why", 420, ImportError::message)));
        table.getItems().setAll(summary.errors());
        table.setPlaceholder(new Label("Every record was imported."));
        table.setPrefSize(900, 360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN); // "Why" takes the width
        VBox content = new VBox(8, table);
        if (summary.rejected() > summary.errors().size()) {
            content.getChildren().add(new Label(String.format("The first %,d of %,d rejected records; all of them are "
                    + "in the store's import log (copydesk import --json shows them too).", summary.errors().size(),
                    summary.rejected())));
        }
        if (!summary.skipped().isEmpty()) {
            // files of a site's folder that are no pages: not errors, but the editor should see which and why
            TableView<ImportSkip> skipped = new TableView<>();
            skipped.setId("importSkipped");
            skipped.getColumns().add(column("File", 480, ImportSkip::file));
            skipped.getColumns().add(wrapped(column("Why skipped", 400, ImportSkip::reason)));
            skipped.getItems().setAll(summary.skipped());
            skipped.setPrefSize(900, 160);
            skipped.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            content.getChildren().add(new TitledPane(String.format("Skipped: %,d files that are not pages (%s)",
                    summary.skipped().size(), byReason(summary)), skipped));
        }
        if (!summary.fromPaths().isEmpty()) {
            TableView<DerivedReference> derived = new TableView<>();
            derived.setId("importReferencesFromPaths");
            derived.getColumns().add(column("File", 480, DerivedReference::file));
            derived.getColumns().add(column("Reference", 400, DerivedReference::reference));
            derived.getItems().setAll(summary.fromPaths());
            derived.setPrefSize(900, 160);
            derived.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            TitledPane pane = new TitledPane(String.format("References from paths: %,d pages had none of their own",
                    summary.fromPaths().size()), derived);
            pane.setExpanded(false);
            content.getChildren().add(pane);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefWidth(960); // the table's width, not the header's
        dialog.show();
    }

    private static String byReason(ImportSummary summary) {
        StringBuilder text = new StringBuilder();
        summary.skippedByReason().forEach((reason, count) ->
                text.append(text.length() == 0 ? "" : "; ").append(String.format("%,d %s", count, reason)));
        return text.toString();
    }

    /**
     * A column whose text wraps onto as many lines as it needs: a reason cut at the column's edge
     * left the editor guessing (the row grows instead).
     */
    private static <T> TableColumn<T, String> wrapped(TableColumn<T, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Label label = new Label();

            {
                label.setWrapText(true);
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                label.prefWidthProperty().bind(column.widthProperty().subtract(14));
                label.maxWidthProperty().bind(label.prefWidthProperty());
                label.getStyleClass().add("wrapped-reason");
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(null);
                label.setText(empty ? null : text);
                setGraphic(empty ? null : label);
            }
        });
        return column;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // a long path loses its folders, not its file name (the whole path is in the tooltip)
                setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
                // a message or a path longer than its column is read whole on hovering
                setTooltip(empty || text == null || text.length() < 40 ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return column;
    }
}
