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
        QueueSlot slot = slots.computeIfAbsent(index, QueueSlot::new);
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
