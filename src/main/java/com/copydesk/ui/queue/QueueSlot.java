package com.copydesk.ui.queue;

import com.copydesk.model.DraftRow;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One line of the queue table. The table holds slots, not rows: a slot stands for an index at
 * once and its row arrives when its page has been read, so scrolling never waits for the store.
 */
public final class QueueSlot {
    private final Object list;
    private final int index;
    private final ReadOnlyObjectWrapper<DraftRow> row = new ReadOnlyObjectWrapper<>();

    QueueSlot(Object list, int index) {
        this.list = list;
        this.index = index;
    }

    /** Whether this slot was made by that list (for its O(1) {@code indexOf}). */
    boolean belongsTo(Object list) {
        return this.list == list;
    }

    public int index() {
        return index;
    }

    public ReadOnlyObjectProperty<DraftRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    /** The row, or null while its page is being read. */
    public DraftRow row() {
        return row.get();
    }

    void fill(DraftRow value) {
        row.set(value);
    }
}
