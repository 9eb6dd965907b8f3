package com.copydesk.model;

import java.util.List;

/**
 * One line of the queue: enough to show and sort, not the whole draft.
 *
 * @param flags    the rules with findings on the draft, most severe first
 * @param sortKey  the value of the sort column this row was read with, for keyset paging
 */
public record DraftRow(long id, String reference, String title, ReviewStatus status, List<RuleFlag> flags,
                       Scores scores, String topic, String lastReviewed, int checklistDone, int checklistTotal,
                       Object sortKey) {
    public DraftRow {
        flags = List.copyOf(flags);
    }

    public QueueKey key() {
        return new QueueKey(sortKey, id);
    }

    public boolean flagged() {
        return flags.stream().anyMatch(f -> f.severity().flags());
    }

    public List<String> ruleIds() {
        return flags.stream().map(RuleFlag::rule).distinct().toList();
    }
}
