package com.copydesk.model;

import java.time.Instant;

/**
 * One version of a team store's rule set, as {@code rules --load} put it in the database: the
 * rule file's text, who loaded it and when. Versions count up from 1; the newest is in force.
 */
public record StoredRuleSet(long version, String yaml, String editor, Instant changedAt) {
}
