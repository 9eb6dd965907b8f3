package com.copydesk.model;

import java.util.List;

/**
 * One line of the queue: enough to show and sort, not the whole draft.
 *
 * @param flags     the rules with findings on the draft, most severe first
 * @param sortKey   the value of the sort column this row was read with, for keyset paging
 * @param holder    the editor whose claim on the draft runs now, or null
 * @param decidedBy the editor of the draft's last decision, or null while it is pending
 */
public record DraftRow(long id, String reference, String title, ReviewStatus status, List<RuleFlag> flags,
                       Scores scores, String topic, String lastReviewed, int checklistDone, int checklistTotal,
                       Object sortKey, String holder, String decidedBy) {
    public DraftRow {
        flags = List.copyOf(flags);
    }

    /** A row as the page query reads it, before who holds and who decided it are looked up. */
    public DraftRow(long id, String reference, String title, ReviewStatus status, List<RuleFlag> flags,
                    Scores scores, String topic, String lastReviewed, int checklistDone, int checklistTotal,
                    Object sortKey) {
        this(id, reference, title, status, flags, scores, topic, lastReviewed, checklistDone, checklistTotal, sortKey,
                null, null);
    }

    /**
     * The same row with who holds it and who last decided it. A claim holds a pending draft only:
     * once decided, the claim is left to lapse (the next claim drops it) and the row names the decider.
     */
    public DraftRow withWho(String holderNow, String lastDecidedBy) {
        boolean pending = status == ReviewStatus.PENDING;
        return new DraftRow(id, reference, title, status, flags, scores, topic, lastReviewed, checklistDone,
                checklistTotal, sortKey, pending ? holderNow : null, pending ? null : lastDecidedBy);
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
