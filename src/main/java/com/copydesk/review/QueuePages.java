package com.copydesk.review;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.QueueKey;
import com.copydesk.model.QueuePlan;
import com.copydesk.model.QueueSort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One filter and order of the queue, read a page at a time, so that the window never holds more
 * than the pages it shows. Each page is read by keyset after the last row of the page before it;
 * to jump far ahead without reading the pages between, the last row of every page is found in one
 * pass ({@link DraftQueries#pageEnds}), once. Not thread-safe: use it from one thread.
 */
public final class QueuePages {
    public static final int PAGE_SIZE = 100;

    private final DraftQueries queries;
    private final DraftFilter filter;
    private final QueueSort sort;
    private final long size;
    private final QueuePlan plan;
    private final Map<Integer, QueueKey> pageEnds = new HashMap<>();
    private boolean allEndsKnown;

    private QueuePages(DraftQueries queries, DraftFilter filter, QueueSort sort, long size) {
        this.queries = queries;
        this.filter = filter;
        this.sort = sort;
        this.size = size;
        this.plan = queries.plan(filter, size);
    }

    /** Counts the matching drafts; reads no rows yet. */
    public static QueuePages open(DraftQueries queries, DraftFilter filter, QueueSort sort) {
        return new QueuePages(queries, filter, sort, queries.count(filter));
    }

    /** The same drafts in another order, without counting them again (nothing changed since). */
    public QueuePages sortedBy(QueueSort other) {
        return new QueuePages(queries, filter, other, size);
    }

    public long size() {
        return size;
    }

    public int pageCount() {
        return (int) ((size + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public DraftFilter filter() {
        return filter;
    }

    public QueueSort sort() {
        return sort;
    }

    /** The rows of page {@code index} (0-based); fewer than a page at the end. */
    public List<DraftRow> page(int index) {
        if (index < 0 || index >= pageCount()) {
            return List.of();
        }
        QueueKey after = null;
        if (index > 0) {
            after = pageEnds.get(index - 1);
            if (after == null) {
                findAllPageEnds();
                after = pageEnds.get(index - 1);
            }
        }
        List<DraftRow> rows = queries.page(filter, sort, after, PAGE_SIZE, plan);
        if (rows.size() == PAGE_SIZE) {
            pageEnds.put(index, rows.get(rows.size() - 1).key());
        }
        return rows;
    }

    private void findAllPageEnds() {
        if (allEndsKnown) {
            return;
        }
        List<QueueKey> ends = queries.pageEnds(filter, sort, PAGE_SIZE, plan);
        for (int i = 0; i < ends.size(); i++) {
            pageEnds.put(i, ends.get(i));
        }
        allEndsKnown = true;
    }
}
