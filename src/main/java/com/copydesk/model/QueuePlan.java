package com.copydesk.model;

/**
 * How a page of the queue is found. When few drafts match, the filter's indexes find them and
 * they are sorted ({@link #FILTER_FIRST}); when many match, the sort column's index is walked in
 * order and each row is checked against the filter until the page is full, which takes about
 * {@code pageSize × total / matches} rows — bounded, since this is only chosen when many match.
 * A rule or tag is checked row by row through its index. A full-text search is checked row by
 * row too when most drafts match ({@link #ORDER_FIRST}: a short walk, but each check is a search
 * of its own); when fewer match, its matches are listed once for the page and each row is looked
 * up in that list ({@link #ORDER_FIRST_SEARCH_LISTED}).
 */
public enum QueuePlan {
    FILTER_FIRST, ORDER_FIRST, ORDER_FIRST_SEARCH_LISTED;

    /** Sorting up to this many rows costs a few milliseconds; past it, walk the sort index. */
    public static final long SORT_LIMIT = 5_000;

    /**
     * Measured on 1,000,000 drafts: one full-text check of a row costs about 80 µs, listing the
     * matches about 0.15 µs a match; a walk of {@code 100 × total / matches} rows checked one by
     * one beats listing the matches once when a quarter or more of the drafts match.
     */
    public static final double SEARCH_BY_ROW_SHARE = 0.25;

    public static QueuePlan forMatches(long matches) {
        return matches <= SORT_LIMIT ? FILTER_FIRST : ORDER_FIRST;
    }

    /**
     * @param matches drafts the filter matches
     * @param total   drafts in the store (an estimate is enough)
     * @param search  whether the filter has a full-text search
     * @param prefix  whether that search has a prefix term ({@code rollb*}): FTS5 expands a prefix
     *                for every check, 30 ms a row, so such a search is always listed
     */
    public static QueuePlan choose(long matches, long total, boolean search, boolean prefix) {
        if (matches <= SORT_LIMIT) {
            return FILTER_FIRST;
        }
        return search && (prefix || matches < total * SEARCH_BY_ROW_SHARE) ? ORDER_FIRST_SEARCH_LISTED : ORDER_FIRST;
    }

    /** Whether the sort column's index drives the query. */
    public boolean ordered() {
        return this != FILTER_FIRST;
    }
}
