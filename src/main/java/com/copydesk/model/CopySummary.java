package com.copydesk.model;

/** What {@code copy-store} copied: drafts, history entries, all rows of all tables, and how long it took. */
public record CopySummary(long drafts, long historyEntries, long rows, double seconds) {
}
