package com.copydesk.ui.history;

import com.copydesk.model.ChecklistItem;
import com.copydesk.model.HistoryEntry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Every change of the selected draft: when, by which action, which field, from what, to what. */
public final class HistoryPaneView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final javafx.collections.ObservableList<HistoryEntry> history;

    @FXML private TableView<HistoryEntry> table;
    @FXML private TableColumn<HistoryEntry, String> whenColumn;
    @FXML private TableColumn<HistoryEntry, String> actionColumn;
    @FXML private TableColumn<HistoryEntry, String> fieldColumn;
    @FXML private TableColumn<HistoryEntry, String> oldColumn;
    @FXML private TableColumn<HistoryEntry, String> newColumn;

    /** @param history the selected draft's changes, newest first (the draft pane's view model keeps it) */
    public HistoryPaneView(javafx.collections.ObservableList<HistoryEntry> history) {
        this.history = history;
    }

    @FXML
    private void initialize() {
        table.setItems(history);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN); // "To" fits the pane
        text(whenColumn, h -> WHEN.format(h.at()));
        text(actionColumn, HistoryEntry::action);
        text(fieldColumn, HistoryEntry::field);
        text(oldColumn, h -> side(h, true));
        text(newColumn, h -> side(h, false));
        oldColumn.setCellFactory(c -> new ValueCell());
        newColumn.setCellFactory(c -> new ValueCell());
    }

    private static void text(TableColumn<HistoryEntry, String> column, Function<HistoryEntry, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** A history value for people: a checklist as ticks and items, an absent value as a dash. */
    /**
     * One side of a change. For a checklist only the items that differ are shown (a tick, an item
     * added or removed): the whole list on both sides hid the one that changed.
     */
    static String side(HistoryEntry h, boolean old) {
        if (!h.field().equals("checklist") || h.oldValue() == null || h.newValue() == null) {
            return readable(h.field(), old ? h.oldValue() : h.newValue());
        }
        List<ChecklistItem> before = items(h.oldValue());
        List<ChecklistItem> after = items(h.newValue());
        if (before == null || after == null) {
            return readable(h.field(), old ? h.oldValue() : h.newValue());
        }
        List<ChecklistItem> mine = old ? before : after;
        List<ChecklistItem> theirs = old ? after : before;
        List<String> differing = new ArrayList<>();
        for (ChecklistItem item : mine) {
            if (!theirs.contains(item)) {
                differing.add((item.done() ? "\u2611 " : "\u2610 ") + item.text());
            }
        }
        boolean sameItems = before.size() == after.size() && before.containsAll(after) && after.containsAll(before);
        if (sameItems && !before.equals(after)) {
            return readable(h.field(), old ? h.oldValue() : h.newValue()); // the same items in another order
        }
        return differing.isEmpty() ? "\u2014" : String.join("; ", differing);
    }

    private static List<ChecklistItem> items(String json) {
        try {
            List<ChecklistItem> items = new ArrayList<>();
            for (JsonNode item : JSON.readTree(json)) {
                items.add(new ChecklistItem(item.path("item").asText(), item.path("done").asBoolean()));
            }
            return items;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static String readable(String field, String value) {
        if (value == null) {
            return "\u2014";
        }
        if (field.equals("checklist")) {
            try {
                StringBuilder text = new StringBuilder();
                for (JsonNode item : JSON.readTree(value)) {
                    ChecklistItem i = new ChecklistItem(item.path("item").asText(), item.path("done").asBoolean());
                    text.append(text.length() == 0 ? "" : "; ").append(i.done() ? "\u2611 " : "\u2610 ").append(i.text());
                }
                return text.toString();
            } catch (java.io.IOException e) {
                return value;
            }
        }
        return value;
    }

    /** Long values (a whole body) stay on one line with the rest in a tooltip. */
    private static final class ValueCell extends TableCell<HistoryEntry, String> {
        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String flat = value.replace('\n', ' ');
            setText(flat.length() > 200 ? flat.substring(0, 200) + "\u2026" : flat);
            setTooltip(flat.length() > 40 ? new Tooltip(value.length() > 2000 ? value.substring(0, 2000) + "\u2026" : value)
                    : null);
        }
    }
}
