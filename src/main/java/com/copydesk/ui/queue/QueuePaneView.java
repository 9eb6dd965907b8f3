package com.copydesk.ui.queue;

import com.copydesk.model.DraftRow;
import com.copydesk.model.QueueSort;
import com.copydesk.model.RuleFlag;
import com.copydesk.model.ScoreName;
import com.copydesk.model.SortColumn;
import com.copydesk.ui.common.VisibleText;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The queue table. It shows pages read from the store; sorting asks the store for another order
 * rather than sorting rows here; selection is told to the view models.
 */
public final class QueuePaneView {
    private final QueueViewModel queue;
    private final javafx.beans.property.ReadOnlyLongProperty storeDrafts;
    private final java.util.function.Consumer<Long> showDraft;
    private final java.util.function.Consumer<Long> readAhead;

    @FXML private TableView<QueueSlot> table;
    @FXML private javafx.scene.control.Label emptyLabel;
    @FXML private TableColumn<QueueSlot, String> titleColumn;
    @FXML private TableColumn<QueueSlot, String> statusColumn;
    @FXML private TableColumn<QueueSlot, List<RuleFlag>> flagsColumn;
    @FXML private TableColumn<QueueSlot, String> qualityColumn;
    @FXML private TableColumn<QueueSlot, String> freshnessColumn;
    @FXML private TableColumn<QueueSlot, String> depthColumn;
    @FXML private TableColumn<QueueSlot, String> clarityColumn;
    @FXML private TableColumn<QueueSlot, String> topicColumn;
    @FXML private TableColumn<QueueSlot, String> reviewedColumn;
    @FXML private TableColumn<QueueSlot, DraftRow> whoColumn;
    /** Who the window acts as: their claims show as theirs in the Who column. */
    private java.util.function.Supplier<String> editor = () -> null;
    /** Fast J/K shows the draft it stops on, not every one it passes (each costs a render of its body). */
    private final com.copydesk.ui.common.DelayTaskThrottler showing =
            new com.copydesk.ui.common.DelayTaskThrottler(javafx.util.Duration.millis(SHOW_DELAY_MS));
    static final int SHOW_DELAY_MS = 150;
    private static final String NO_DRAFTS =
            "No drafts yet. Import some with File \u203a Import drafts\u2026 or drop files on the window.";
    private static final String NO_MATCH = "No drafts match this view and filter.";
    /** Set while a new list goes into the table and the sort order is put back: no sort to ask for. */
    private boolean swappingItems;
    /** The first row on screen and the selected one before a {@code STAY} reload, to put them back (-1: none). */
    private int topBefore = -1;
    private int selectedBefore = -1;

    /**
     * @param storeDrafts the drafts in the store, -1 until counted (an empty store says "import some")
     * @param showDraft   shows a draft (by id; null for none) in the draft pane
     */
    public QueuePaneView(QueueViewModel queue, javafx.beans.property.ReadOnlyLongProperty storeDrafts,
                         java.util.function.Consumer<Long> showDraft) {
        this(queue, storeDrafts, showDraft, id -> { });
    }

    /** @param readAhead reads the draft below the one shown, so that J or a decision shows it at once */
    public QueuePaneView(QueueViewModel queue, javafx.beans.property.ReadOnlyLongProperty storeDrafts,
                         java.util.function.Consumer<Long> showDraft, java.util.function.Consumer<Long> readAhead) {
        this.queue = queue;
        this.storeDrafts = storeDrafts;
        this.showDraft = showDraft;
        this.readAhead = readAhead;
    }

    @FXML
    private void initialize() {
        column(titleColumn, SortColumn.TITLE, row -> VisibleText.of(row.title()));
        column(statusColumn, SortColumn.STATUS, row -> row.status().key());
        flagsColumn.setCellValueFactory(cell -> cell.getValue().rowProperty().map(DraftRow::flags));
        flagsColumn.setUserData(SortColumn.SEVERITY);
        flagsColumn.setCellFactory(c -> new FlagChipsCell());
        Map<ScoreName, TableColumn<QueueSlot, String>> scoreColumns = Map.of(ScoreName.QUALITY, qualityColumn,
                ScoreName.FRESHNESS, freshnessColumn, ScoreName.DEPTH, depthColumn, ScoreName.CLARITY, clarityColumn);
        scoreColumns.forEach((score, col) -> column(col, SortColumn.valueOf(score.name()),
                row -> row.scores().get(score) == null ? "" : row.scores().get(score).toString()));
        column(topicColumn, SortColumn.TOPIC, row -> row.topic() == null ? "" : row.topic());
        column(reviewedColumn, SortColumn.LAST_REVIEWED, row -> row.lastReviewed() == null ? "" : row.lastReviewed());
        whoColumn.setCellValueFactory(cell -> cell.getValue().rowProperty());
        whoColumn.setCellFactory(c -> new WhoCell(editor));

        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        offerColumnChooser();
        table.setSortPolicy(t -> {
            if (!swappingItems) {
                sortFromTable();
            }
            return true;
        });
        emptyLabel.textProperty().bind(javafx.beans.binding.Bindings.when(storeDrafts.isEqualTo(0))
                .then(NO_DRAFTS).otherwise(NO_MATCH));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(queue.itemsProperty().get());
        queue.itemsProperty().addListener((o, a, items) -> showItems(items));
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, index) -> {
            queue.focusedIndexProperty().set(index.intValue());
            showDraftAt(index.intValue());
        });
        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> tellSelection());
        queue.requestedIndexProperty().addListener((o, a, index) -> {
            if (index != null) {
                table.getSelectionModel().clearAndSelect(index);
                if (queue.keepsScroll() && topBefore >= 0 && selectedBefore >= 0) {
                    // the selected row stays where it was on screen, whatever moved above it
                    table.scrollTo(Math.max(0, topBefore + index - selectedBefore));
                } else {
                    table.scrollTo(Math.max(0, index - 3));
                }
                topBefore = -1;
            } else if (table.getItems() == null || table.getItems().isEmpty()) {
                showing.cancel();
                showDraft.accept(null);
            }
        });
    }

    /**
     * Right-click on any header: a tick per column to show or hide it (the title always shows).
     * Which ones show, like their widths, the main window keeps by the columns' ids.
     */
    private void offerColumnChooser() {
        javafx.scene.control.ContextMenu chooser = new javafx.scene.control.ContextMenu();
        for (TableColumn<QueueSlot, ?> column : table.getColumns()) {
            javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(COLUMN_NAMES
                    .getOrDefault(column.getText(), column.getText()));
            item.setId("show-" + column.getId());
            item.selectedProperty().bindBidirectional(column.visibleProperty());
            item.setDisable(column == titleColumn);
            chooser.getItems().add(item);
        }
        table.getColumns().forEach(column -> column.setContextMenu(chooser));
    }

    /**
     * The headers' letters in full, for the column chooser. The scores' headers are one letter so
     * that on a laptop screen the flags column keeps room to name its most severe rule beside "+N".
     */
    private static final Map<String, String> COLUMN_NAMES = Map.of("Q", "Quality", "F", "Freshness",
            "D", "Depth", "C", "Clarity", "Who", "Who holds or decided it");

    private void column(TableColumn<QueueSlot, String> column, SortColumn sortColumn, Function<DraftRow, String> text) {
        column.setCellValueFactory(cell -> cell.getValue().rowProperty().map(text).orElse(""));
        column.setUserData(sortColumn);
    }

    /**
     * A table clears its sort order whenever it is given a new list (unless it is a
     * {@code SortedList}), which is every time the store is read again: the order the editor
     * chose is put back, and the header keeps its arrow, without asking the store again.
     */
    private void showItems(ObservableList<QueueSlot> items) {
        List<TableColumn<QueueSlot, ?>> order = new ArrayList<>(table.getSortOrder());
        if (queue.keepsScroll()) {
            topBefore = firstRowOnScreen();
            selectedBefore = table.getSelectionModel().getSelectedIndex();
        }
        swappingItems = true;
        try {
            table.setItems(items);
            table.getSortOrder().setAll(order);
        } finally {
            swappingItems = false;
        }
    }

    /** The index of the first row the table shows, or -1 before it has drawn any. */
    private int firstRowOnScreen() {
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null) {
            return flow.getFirstVisibleCell().getIndex();
        }
        return -1;
    }

    private void sortFromTable() {
        if (table.getSortOrder().isEmpty()) {
            queue.sortProperty().set(QueueSort.NEWEST_FIRST);
            return;
        }
        TableColumn<QueueSlot, ?> first = table.getSortOrder().get(0);
        queue.sortProperty().set(new QueueSort((SortColumn) first.getUserData(),
                first.getSortType() == TableColumn.SortType.ASCENDING));
    }

    /** Shows the draft of a row; a row still on its way is shown when it arrives. */
    private void showDraftAt(int index) {
        if (index < 0 || table.getItems() == null || index >= table.getItems().size()) {
            return;
        }
        QueueSlot slot = table.getItems().get(index);
        if (slot.row() != null) {
            long id = slot.row().id();
            showing.schedule(() -> {
                showDraft.accept(id);
                readAheadFrom(index);
            });
            return;
        }
        slot.rowProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends DraftRow> obs, DraftRow old, DraftRow row) {
                obs.removeListener(this);
                if (table.getSelectionModel().getSelectedIndex() == index && row != null) {
                    showing.schedule(() -> showDraft.accept(row.id()));
                }
            }
        });
    }

    /** Reads ahead the draft below the row shown (the next one J and a decision go to), if its row is in. */
    private void readAheadFrom(int index) {
        if (table.getItems() != null && index + 1 < table.getItems().size()) {
            DraftRow below = table.getItems().get(index + 1).row();
            if (below != null) {
                readAhead.accept(below.id());
            }
        }
    }

    private void tellSelection() {
        List<DraftRow> rows = new ArrayList<>();
        for (Integer index : table.getSelectionModel().getSelectedIndices()) {
            if (index != null && index >= 0 && index < table.getItems().size()) {
                DraftRow row = table.getItems().get(index).row();
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        queue.selectedRows().setAll(rows);
    }

    /** Moves to the next (+1) or previous (-1) draft. */
    public void move(int by) {
        if (table.getItems() == null || table.getItems().isEmpty()) {
            return;
        }
        int at = table.getSelectionModel().getSelectedIndex();
        int to = Math.max(0, Math.min(table.getItems().size() - 1, at < 0 ? 0 : at + by));
        table.getSelectionModel().clearAndSelect(to);
        table.scrollTo(Math.max(0, to - 3));
    }

    public TableView<QueueSlot> table() {
        return table;
    }

    /**
     * While {@code myClaims} holds and the queue is empty, the empty queue says the editor's claims
     * are all decided and offers to claim more ({@code claimNext}).
     */
    public void offerClaimNext(javafx.beans.value.ObservableBooleanValue myClaims, Runnable claimNext) {
        javafx.scene.control.Button claim = new javafx.scene.control.Button("Claim next 20");
        claim.setId("claimNextButton");
        claim.setOnAction(e -> claimNext.run());
        claim.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(myClaims::get, myClaims));
        claim.managedProperty().bind(claim.visibleProperty());
        emptyLabel.textProperty().unbind();
        emptyLabel.textProperty().bind(javafx.beans.binding.Bindings.when(storeDrafts.isEqualTo(0))
                .then(NO_DRAFTS)
                .otherwise(javafx.beans.binding.Bindings.when(claim.visibleProperty())
                        .then("You hold no pending draft of this view: your claims are all decided.")
                        .otherwise(NO_MATCH)));
        javafx.scene.layout.VBox placeholder = new javafx.scene.layout.VBox(8, emptyLabel, claim);
        placeholder.setAlignment(javafx.geometry.Pos.CENTER);
        table.setPlaceholder(placeholder);
    }

    /**
     * Who the window acts as (asked each time a row is drawn: the preferences may change it). On a
     * team store the Who column shows from the start; on a SQLite file, where one editor rarely
     * claims, it starts hidden (the column chooser shows it; the window remembers either choice).
     */
    public void setEditor(java.util.function.Supplier<String> who, boolean teamStore) {
        this.editor = who;
        whoColumn.setVisible(teamStore);
        table.refresh();
    }

    /**
     * Who holds the draft now: the editor themselves in bold, another editor greyed;
     * nobody: who last decided it, plain. The tooltip says which.
     */
    static final class WhoCell extends TableCell<QueueSlot, DraftRow> {
        private final java.util.function.Supplier<String> editor;

        WhoCell(java.util.function.Supplier<String> editor) {
            this.editor = editor;
            getStyleClass().add("who-cell");
        }

        @Override
        protected void updateItem(DraftRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("who-me", "who-other", "who-decided");
            if (empty || row == null || row.holder() == null && row.decidedBy() == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String text;
            String tip;
            if (row.holder() != null && row.holder().equals(editor.get())) {
                text = VisibleText.of(row.holder()); // bold: a mark would take the little room the column has
                tip = "Held by you (" + row.holder() + ")";
                getStyleClass().add("who-me");
            } else if (row.holder() != null) {
                text = VisibleText.of(row.holder());
                tip = "Held by " + row.holder() + ": deciding it asks first";
                getStyleClass().add("who-other");
            } else {
                text = VisibleText.of(row.decidedBy());
                tip = (row.status() == com.copydesk.model.ReviewStatus.APPROVED ? "Approved" : "Rejected") + " by "
                        + row.decidedBy();
                getStyleClass().add("who-decided");
            }
            setText(text);
            setTooltip(new Tooltip(VisibleText.of(tip)));
        }
    }

    /**
     * Rule ids of the flags (block and warn) as small chips, coloured by severity; info notes
     * only in the tooltip, with the rest, so that a note most drafts carry does not fill the column.
     */
    private static final class FlagChipsCell extends TableCell<QueueSlot, List<RuleFlag>> {
        private final FittingChips chips = new FittingChips();

        FlagChipsCell() {
            // the chips take the cell's width (less its padding) whatever they would like: the rest goes behind "+N"
            chips.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset() - 1),
                    widthProperty(), paddingProperty(), insetsProperty()));
            chips.setMaxWidth(Region.USE_PREF_SIZE);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(List<RuleFlag> flags, boolean empty) {
            super.updateItem(flags, empty);
            if (empty || flags == null || flags.isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            List<Label> shown = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            for (RuleFlag flag : flags) {
                if (flag.severity().flags()) {
                    Label chip = new Label(flag.rule());
                    chip.setMinWidth(Region.USE_PREF_SIZE);
                    chip.getStyleClass().addAll("flag-chip", "severity-" + flag.severity().key());
                    shown.add(chip);
                }
                all.append(flag.severity().key()).append(": ").append(flag.rule()).append('\n');
            }
            chips.setChips(shown);
            setGraphic(chips);
            setTooltip(new Tooltip(all.toString().strip()));
        }
    }
}
