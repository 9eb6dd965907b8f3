package com.copydesk.ui.queue;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.QueueSort;
import com.copydesk.model.StoredDraft;
import com.copydesk.review.DraftQueries;
import com.copydesk.review.QueuePages;
import com.copydesk.ui.common.Background;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * The queue: which drafts match the filter, in which order, and the one the editor has
 * selected. Reading happens in the background; properties change on the FX thread.
 */
public final class QueueViewModel {
    private final DraftQueries queries;
    private final Background background;
    private final Consumer<Throwable> onFailure;

    private final ObjectProperty<DraftFilter> filter = new SimpleObjectProperty<>(DraftFilter.ALL);
    private final ObjectProperty<QueueSort> sort = new SimpleObjectProperty<>(QueueSort.NEWEST_FIRST);
    private final ReadOnlyObjectWrapper<PagedQueueList> items = new ReadOnlyObjectWrapper<>();
    private final LongProperty matches = new SimpleLongProperty();
    private final ReadOnlyObjectWrapper<StoredDraft> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty searchHint = new SimpleStringProperty("");
    private long generation;
    private long selectionGeneration;

    public QueueViewModel(DraftQueries queries, Background background, Consumer<Throwable> onFailure) {
        this.queries = queries;
        this.background = background;
        this.onFailure = onFailure;
        filter.addListener((obs, old, now) -> reload());
        sort.addListener((obs, old, now) -> reload());
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

    public LongProperty matchesProperty() {
        return matches;
    }

    public ReadOnlyObjectProperty<StoredDraft> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty searchHintProperty() {
        return searchHint;
    }

    /** Reads the count and sets up pages for the current filter and order; the newest call wins. */
    public void reload() {
        long mine = ++generation;
        DraftFilter currentFilter = filter.get();
        QueueSort currentSort = sort.get();
        var problem = DraftQueries.searchProblem(currentFilter.search());
        if (problem.isPresent()) {
            searchHint.set(problem.get());
            return;
        }
        searchHint.set("");
        background.run(monitor -> QueuePages.open(queries, currentFilter, currentSort), pages -> {
            if (mine != generation) {
                return; // a newer filter was asked for while this one was counted
            }
            items.set(new PagedQueueList(pages, background, onFailure));
            matches.set(pages.size());
        }, onFailure);
    }

    /** Shows the whole draft of a row (null clears it). */
    public void select(DraftRow row) {
        long mine = ++selectionGeneration;
        if (row == null) {
            selected.set(null);
            return;
        }
        background.run(monitor -> queries.find(row.id()).orElse(null), draft -> {
            if (mine == selectionGeneration) {
                selected.set(draft);
            }
        }, onFailure);
    }
}
