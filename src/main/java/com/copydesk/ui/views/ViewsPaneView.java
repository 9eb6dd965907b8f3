package com.copydesk.ui.views;

import com.copydesk.ui.filters.FilterViewModel;
import com.copydesk.ui.views.ViewsViewModel.Kind;
import com.copydesk.ui.views.ViewsViewModel.ViewEntry;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The views on the left: choosing one sets the whole filter. */
public final class ViewsPaneView {
    private final ViewsViewModel views;
    private final FilterViewModel filters;
    private final java.util.function.Consumer<String> say;
    private String selectedName = "Needs review";
    private boolean restoring;

    @FXML private ListView<ViewEntry> list;
    @FXML private Button save;

    /** @param say puts a word in the window's status line */
    public ViewsPaneView(ViewsViewModel views, FilterViewModel filters, java.util.function.Consumer<String> say) {
        this.views = views;
        this.filters = filters;
        this.say = say;
    }

    @FXML
    private void initialize() {
        save.setGraphic(new FontIcon(Material2AL.BOOKMARK_BORDER));
        save.setTooltip(new Tooltip("Save the current filter as a view"));
        list.setItems(views.entries());
        list.setCellFactory(l -> new ViewCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> {
            if (entry != null && !restoring) {
                selectedName = entry.name();
                filters.apply(entry.filter());
            }
        });
        views.entries().addListener((javafx.collections.ListChangeListener<ViewEntry>) c -> reselect());
        list.widthProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::fitWidestRow));
        filters.filterProperty().addListener((o, a, filter) -> follow(filter));
    }

    /**
     * The highlighted view is the one whose filter is on screen: narrowing the filter by hand leaves
     * no view highlighted (the queue no longer shows "All"), and a filter that is some view's
     * highlights that view.
     */
    private void follow(com.copydesk.model.DraftFilter filter) {
        ViewEntry selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && selected.filter().equals(filter)) {
            return;
        }
        restoring = true;
        try {
            var same = list.getItems().stream().filter(e -> e.filter().equals(filter)).findFirst();
            selectedName = same.map(ViewEntry::name).orElse(null);
            if (same.isPresent()) {
                list.getSelectionModel().select(same.get());
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            restoring = false;
        }
    }

    /** Counts change often; the editor's view stays selected through it. */
    private void reselect() {
        restoring = true;
        try {
            list.getItems().stream().filter(e -> e.name().equals(selectedName)).findFirst()
                    .ifPresent(e -> list.getSelectionModel().select(e));
        } finally {
            restoring = false;
        }
    }

    @FXML
    private void saveView() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(list.getScene().getWindow());
        ask.setTitle("Save view");
        ask.setHeaderText("Save the current filter as a view");
        ask.setContentText("Name:");
        ask.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name -> {
            selectedName = name;
            views.save(name, filters.current());
            say.accept("Saved the view \u201c" + name + "\u201d");
        });
    }

    /** The views pane grows to show its names whole up to this width, and cuts a longer name. */
    static final double WIDEST = 320;
    /** The width the widest row laid out so far needs, its name and count whole. */
    private double widestRow;

    /** The pane's least width: the widest row, the list's scroll bar if it shows, the insets. */
    private void fitWidestRow() {
        if (!(list.getParent() instanceof Region pane)) {
            return;
        }
        double bar = list.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.VERTICAL && b.isVisible())
                .mapToDouble(n -> ((Region) n).getWidth()).max().orElse(0);
        double wanted = Math.min(WIDEST, Math.ceil(widestRow + bar + list.snappedLeftInset() + list.snappedRightInset()
                + pane.snappedLeftInset() + pane.snappedRightInset()));
        if (wanted > pane.getMinWidth()) {
            pane.setMinWidth(wanted);
        }
        // a split keeps a minimum when it is dragged, not when its divider is set (the window restoring
        // its splits): the divider is moved here too
        for (javafx.scene.Parent up = pane.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.SplitPane split && split.getItems().indexOf(pane) == 0
                    && split.getWidth() > 0 && pane.getWidth() + 0.5 < pane.getMinWidth()) {
                split.setDividerPosition(0, Math.min(0.5, pane.getMinWidth() / split.getWidth()));
                break;
            }
        }
    }

    private final class ViewCell extends ListCell<ViewEntry> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box = new HBox(6, name, spacer(), count);
        private final Tooltip whole = new Tooltip();

        ViewCell() {
            name.setTooltip(whole);
            box.setAlignment(Pos.CENTER_LEFT);
            count.getStyleClass().add("view-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            name.setMinWidth(0);
            // The cell takes the list's width, not its content's: no sideways scrolling, counts in view.
            setPrefWidth(0);
        }

        /**
         * A name cut short widens the whole pane (the split keeps a pane's minimum width) to what
         * the widest row needs, up to {@link #WIDEST}: rule names such as "generator-review" are
         * what the editor picks by, and a saved view's long name is what may still be cut.
         */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() != box) {
                return;
            }
            double whole = snappedLeftInset() + snappedRightInset() + 2 * box.getSpacing() + name.prefWidth(-1)
                    + count.prefWidth(-1);
            if (whole > widestRow + 0.5 || getWidth() > 0 && whole > getWidth() + 0.5) {
                widestRow = Math.max(widestRow, whole);
                javafx.application.Platform.runLater(ViewsPaneView.this::fitWidestRow);
            }
        }

        private static Region spacer() {
            Region region = new Region();
            HBox.setHgrow(region, Priority.ALWAYS);
            return region;
        }

        @Override
        protected void updateItem(ViewEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("view-rule", "view-saved", "view-first-rule", "view-first-saved");
            if (empty || entry == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            name.setText(entry.name());
            whole.setText(entry.name());
            count.setText(String.format("%,d", entry.count()));
            setGraphic(box);
            setText(null);
            if (entry.kind() == Kind.RULE) {
                getStyleClass().add("view-rule");
                if (getIndex() > 0 && getListView().getItems().get(getIndex() - 1).kind() != Kind.RULE) {
                    getStyleClass().add("view-first-rule");
                }
            }
            if (entry.kind() == Kind.SAVED) {
                getStyleClass().add("view-saved");
                if (getIndex() > 0 && getListView().getItems().get(getIndex() - 1).kind() != Kind.SAVED) {
                    getStyleClass().add("view-first-saved");
                }
                MenuItem delete = new MenuItem("Delete this view");
                delete.setOnAction(e -> {
                    // no undo for views: ask, with Cancel the default
                    if (com.copydesk.ui.common.Confirm.ask(getListView().getScene().getWindow(), "Delete a view",
                            "Delete the view \u201c" + entry.name() + "\u201d?",
                            "Its filter is forgotten; the drafts it shows are not touched.", "Delete")) {
                        views.delete(entry.name());
                        say.accept("Deleted the view \u201c" + entry.name() + "\u201d");
                    }
                });
                setContextMenu(new ContextMenu(delete));
            } else {
                setContextMenu(null);
            }
        }
    }
}
