package com.copydesk.ui.queue;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.QueueSort;
import com.copydesk.review.DraftQueries;
import com.copydesk.review.QueuePages;
import com.copydesk.ui.common.Background;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.Consumer;

/**
 * The queue: which drafts match the filter, in which order, page by page. Reading happens in the
 * background; properties change on the FX thread. The table's selection is told back here (the
 * rows of a bulk action) and asked from here (where to go after a reload).
 */
public final class QueueViewModel {
    /** Where the selection goes when the list is read again. */
    public enum Follow { KEEP, NEXT, FIRST }

    private final DraftQueries queries;
    private final Background background;
    private final Consumer<Throwable> onFailure;

    private final ObjectProperty<DraftFilter> filter = new SimpleObjectProperty<>(DraftFilter.ALL);
    private final ObjectProperty<QueueSort> sort = new SimpleObjectProperty<>(QueueSort.NEWEST_FIRST);
    private final ReadOnlyObjectWrapper<PagedQueueList> items = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper matches = new ReadOnlyLongWrapper();
    private final ObservableList<DraftRow> selectedRows = FXCollections.observableArrayList();
    private final IntegerProperty focusedIndex = new SimpleIntegerProperty(-1);
    /** The index the table should select; set after each reload. */
    private final ObjectProperty<Integer> requestedIndex = new SimpleObjectProperty<>();
    private long generation;

    public QueueViewModel(DraftQueries queries, Background background, Consumer<Throwable> onFailure) {
        this.queries = queries;
        this.background = background;
        this.onFailure = onFailure;
        filter.addListener((obs, old, now) -> reload(Follow.FIRST));
        sort.addListener((obs, old, now) -> reload(Follow.FIRST));
    }

    public ObjectProperty<DraftFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<QueueSort> sortProperty() {
        return sort;
    }

    public ReadOnlyObjectProperty<PagedQueueList> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** The rows the editor selected (the view keeps it up to date). */
    public ObservableList<DraftRow> selectedRows() {
        return selectedRows;
    }

    /** The index of the row the editor is on (the view keeps it up to date). */
    public IntegerProperty focusedIndexProperty() {
        return focusedIndex;
    }

    public ObjectProperty<Integer> requestedIndexProperty() {
        return requestedIndex;
    }

    public void reload() {
        reload(Follow.KEEP);
    }

    /**
     * Counts and sets up pages again; the newest call wins. After a decision ({@link Follow#NEXT})
     * the next draft is selected: the one now at the same place if the decided one left the view,
     * else the one after it.
     */
    public void reload(Follow follow) {
        long mine = ++generation;
        DraftFilter currentFilter = filter.get();
        QueueSort currentSort = sort.get();
        int at = focusedIndex.get();
        long before = items.get() == null ? 0 : items.get().size();
        background.run(monitor -> QueuePages.open(queries, currentFilter, currentSort), pages -> {
            if (mine != generation) {
                return; // a newer filter was asked for while this one was counted
            }
            PagedQueueList list = new PagedQueueList(pages, background, onFailure);
            items.set(list);
            matches.set(pages.size());
            int size = list.size();
            int target = switch (follow) {
                case FIRST -> 0;
                case KEEP -> at;
                case NEXT -> size < before ? at : at + 1;
            };
            requestedIndex.set(null);
            requestedIndex.set(size == 0 ? null : Math.max(0, Math.min(size - 1, target)));
        }, onFailure);
    }
}
