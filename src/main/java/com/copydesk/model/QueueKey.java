package com.copydesk.model;

/** Where a row stands in a sort order: its sort value and id. A page starts after a key. */
public record QueueKey(Object sortKey, long id) {
}
