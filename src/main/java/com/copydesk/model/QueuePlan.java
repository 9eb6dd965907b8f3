package com.copydesk.model;

/**
 * How a page of the queue is found. When few drafts match, the filter's indexes find them and
 * they are sorted; when many match, the sort column's index is walked in order and each row is
 * checked against the filter until the page is full, which takes about
 * {@code pageSize × total / matches} rows — bounded, since this plan is only chosen when many match.
 */
public enum QueuePlan {
    FILTER_FIRST, ORDER_FIRST;

    /** Sorting up to this many rows costs a few milliseconds; past it, walk the sort index. */
    public static final long SORT_LIMIT = 5_000;

    public static QueuePlan forMatches(long matches) {
        return matches <= SORT_LIMIT ? FILTER_FIRST : ORDER_FIRST;
    }
}
