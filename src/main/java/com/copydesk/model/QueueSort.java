package com.copydesk.model;

/** A sort order of the queue; ties are broken by the draft's id in the same direction. */
public record QueueSort(SortColumn column, boolean ascending) {
    /** Newest first: the order of {@code copydesk list}. */
    public static final QueueSort NEWEST_FIRST = new QueueSort(SortColumn.NEWEST, false);

    public QueueSort reversed() {
        return new QueueSort(column, !ascending);
    }
}
