package com.copydesk.model;

import java.time.Instant;

/** One change to one field of a draft: when, by which action, from what to what. */
public record HistoryEntry(long changeSet, Instant at, String action, String field, String oldValue,
                           String newValue) {
}
