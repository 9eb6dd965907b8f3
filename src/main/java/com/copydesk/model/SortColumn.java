package com.copydesk.model;

/** What the queue can be sorted by. */
public enum SortColumn {
    NEWEST, TITLE, STATUS, SEVERITY, QUALITY, FRESHNESS, DEPTH, CLARITY, TOPIC, LAST_REVIEWED
}
