package com.copydesk.ui.queue;

import com.copydesk.model.DraftRow;
import com.copydesk.review.QueuePages;
import com.copydesk.ui.common.Background;
import javafx.collections.ObservableListBase;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The queue as the table sees it: a list as long as the number of matching drafts that holds
 * only the pages near what is shown. Asking for an index whose page is not here returns its slot
 * at once and reads the page in the background; the slot fills when it arrives.
 */
public final class PagedQueueList extends ObservableListBase<QueueSlot> {
    /** Pages kept in memory: a few screens around what the editor looks at. */
    static final int PAGES_KEPT = 30;

    private final QueuePages pages;
    private final Background background;
    private final int size;
    private final Map<Integer, List<DraftRow>> loaded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<DraftRow>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Map<Integer, QueueSlot> slots = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, QueueSlot> eldest) {
            return size() > PAGES_KEPT * QueuePages.PAGE_SIZE;
        }
    };
    private final Set<Integer> requested = new HashSet<>();
    private final Consumer<Throwable> onFailure;

    public PagedQueueList(QueuePages pages, Background background, Consumer<Throwable> onFailure) {
        this.pages = pages;
        this.background = background;
        this.onFailure = onFailure;
        this.size = (int) Math.min(Integer.MAX_VALUE, pages.size());
    }

    /** With one page already read (the one the table shows first), so that it draws at once. */
    public PagedQueueList(QueuePages pages, Background background, Consumer<Throwable> onFailure, int page,
                          List<DraftRow> rows) {
        this(pages, background, onFailure);
        loaded.put(page, rows);
    }

    public QueuePages pages() {
        return pages;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public QueueSlot get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        QueueSlot slot = slots.computeIfAbsent(index, i -> new QueueSlot(this, i));
        if (slot.row() == null) {
            int page = index / QueuePages.PAGE_SIZE;
            List<DraftRow> rows = loaded.get(page);
            if (rows != null && index % QueuePages.PAGE_SIZE < rows.size()) {
                slot.fill(rows.get(index % QueuePages.PAGE_SIZE));
            } else {
                request(page);
            }
        }
        return slot;
    }

    /**
     * Where a slot is, without walking the list: a slot stands for one index of the list that made
     * it, and is in no other. The table asks this of a new list for the row that was selected and
     * focused in the list before; the walk that {@link java.util.AbstractList#indexOf} does would
     * ask for every page of the store in turn.
     */
    @Override
    public int indexOf(Object o) {
        return o instanceof QueueSlot slot && slot.belongsTo(this) && slot.index() < size ? slot.index() : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** The row at an index if its page is here, else null (and the page is asked for). */
    public DraftRow rowAt(int index) {
        return index < 0 || index >= size ? null : get(index).row();
    }

    private void request(int page) {
        if (!requested.add(page)) {
            return;
        }
        background.run(monitor -> pages.page(page), rows -> {
            requested.remove(page);
            loaded.put(page, rows);
            int first = page * QueuePages.PAGE_SIZE;
            for (int i = 0; i < rows.size(); i++) {
                QueueSlot slot = slots.get(first + i);
                if (slot != null) {
                    slot.fill(rows.get(i));
                }
            }
        }, failure -> {
            requested.remove(page);
            onFailure.accept(failure);
        });
    }

    /** Whether every page asked for has arrived; for tests and the benchmark. */
    public boolean isSettled() {
        return requested.isEmpty();
    }
}
