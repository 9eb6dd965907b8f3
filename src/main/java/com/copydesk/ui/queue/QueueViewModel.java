package com.copydesk.ui.queue;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.QueueSort;
import com.copydesk.review.DraftQueries;
import com.copydesk.review.QueuePages;
import com.copydesk.ui.common.Background;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/**
 * The queue: which drafts match the filter, in which order, page by page. Reading happens in the
 * background; properties change on the FX thread. The table's selection is told back here (the
 * rows of a bulk action) and asked from here (where to go after a reload).
 */
public final class QueueViewModel {
    /**
     * Where the selection goes when the list is read again. {@code STAY}: on the same draft, found
     * where it is now, with the rows around it where they were on screen (another editor's change
     * read in: the editor did nothing, so nothing should move under the eyes).
     */
    public enum Follow { KEEP, NEXT, FIRST, STAY }

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
    /** Whether the drafts may have changed since the shown list was counted. */
    private boolean countStale = true;
    /** Whether the list being shown came from a {@link Follow#STAY} reload: the table keeps its scroll. */
    private boolean keepsScroll;

    /** What a reload read in the background: the pages, where to go, and the page there. */
    /**
     * The index of the draft that followed the decided one, looked for where it can be: at the
     * decided one's place (it left the view or moved down), or one after (it stayed, or moved up).
     */
    private static int whereNow(QueuePages pages, long nextId, int at, int fallback) {
        for (int index : new int[] {at, at + 1}) {
            if (index >= 0 && index < pages.size()) {
                List<DraftRow> page = pages.page(index / QueuePages.PAGE_SIZE);
                int inPage = index % QueuePages.PAGE_SIZE;
                if (inPage < page.size() && page.get(inPage).id() == nextId) {
                    return index;
                }
            }
        }
        return fallback;
    }

    /**
     * The index of the draft that was selected, looked for on its page and the one before (a row
     * above it that left the view moves it up), else {@code fallback}: it left the view itself.
     */
    private static int whereStays(QueuePages pages, long id, int at, int fallback) {
        int page = at / QueuePages.PAGE_SIZE;
        for (int p = page; p >= Math.max(0, page - 1); p--) {
            List<DraftRow> rows = pages.page(p);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == id) {
                    return p * QueuePages.PAGE_SIZE + i;
                }
            }
        }
        return fallback;
    }

    private record Loaded(QueuePages pages, int target, List<DraftRow> rows) {
    }

    public QueueViewModel(DraftQueries queries, Background background, Consumer<Throwable> onFailure) {
        this.queries = queries;
        this.background = background;
        this.onFailure = onFailure;
        filter.addListener((obs, old, now) -> reload(Follow.FIRST));
        sort.addListener((obs, old, now) -> load(Follow.FIRST, true));
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

    /** Whether the list now coming in should keep the table's scroll ({@link Follow#STAY}), rather than show the selection near the top. */
    public boolean keepsScroll() {
        return keepsScroll;
    }

    /**
     * Counts and sets up pages again; the newest call wins. After a decision ({@link Follow#NEXT})
     * the next draft is selected: the one now at the same place if the decided one left the view,
     * else the one after it.
     */
    public void reload(Follow follow) {
        countStale = true;
        load(follow, false);
    }

    /**
     * Counts (unless only the order changed and nothing since) and reads the page to show in one
     * go, so that the table draws its rows with the count rather than asking for them after.
     */
    private void load(Follow follow, boolean sortOnly) {
        long mine = ++generation;
        DraftFilter currentFilter = filter.get();
        QueueSort currentSort = sort.get();
        int at = focusedIndex.get();
        long before = items.get() == null ? 0 : items.get().size();
        // the draft after the decided one: where the decided one went (left, stayed, moved) decides where that is now
        DraftRow next = follow == Follow.NEXT && items.get() != null ? items.get().rowAt(at + 1) : null;
        DraftRow selected = follow == Follow.STAY && items.get() != null ? items.get().rowAt(at) : null;
        QueuePages counted = sortOnly && !countStale && items.get() != null
                && items.get().pages().filter().equals(currentFilter) ? items.get().pages() : null;
        background.run(monitor -> {
            QueuePages pages = counted != null ? counted.sortedBy(currentSort)
                    : QueuePages.open(queries, currentFilter, currentSort);
            int size = (int) Math.min(Integer.MAX_VALUE, pages.size());
            int target = switch (follow) {
                case FIRST -> 0;
                case KEEP, STAY -> at;
                case NEXT -> size < before ? at : at + 1;
            };
            target = Math.max(0, Math.min(size - 1, target));
            if (next != null && size > 0) {
                target = whereNow(pages, next.id(), at, target);
            }
            if (selected != null && size > 0) {
                target = Math.max(0, Math.min(size - 1, whereStays(pages, selected.id(), at, target)));
            }
            return new Loaded(pages, target, size == 0 ? List.of() : pages.page(target / QueuePages.PAGE_SIZE));
        }, loaded -> {
            if (mine != generation) {
                return; // a newer filter was asked for while this one was counted
            }
            countStale = false;
            keepsScroll = follow == Follow.STAY;
            QueuePages pages = loaded.pages();
            PagedQueueList list = new PagedQueueList(pages, background, onFailure,
                    loaded.target() / QueuePages.PAGE_SIZE, loaded.rows());
            items.set(list);
            matches.set(pages.size());
            requestedIndex.set(null);
            requestedIndex.set(list.isEmpty() ? null : loaded.target());
        }, onFailure);
    }
}
