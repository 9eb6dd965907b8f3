package com.copydesk.model;

import java.time.Instant;

/**
 * One change to one field of a draft: when, by which action and which editor (null for changes
 * recorded before editors were), from what to what.
 */
public record HistoryEntry(long changeSet, Instant at, String action, String field, String oldValue,
                           String newValue, String editor) {
    /** A change whose editor is not known. */
    public HistoryEntry(long changeSet, Instant at, String action, String field, String oldValue, String newValue) {
        this(changeSet, at, action, field, oldValue, newValue, null);
    }
}
