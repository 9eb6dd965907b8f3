package com.copydesk.model;

import java.util.Map;

/** Counts of drafts: in all, by status and by the rule that flags them. */
public record DraftStats(long total, Map<ReviewStatus, Long> byStatus, Map<String, Long> byRule, long flagged) {
    public DraftStats {
        byStatus = Map.copyOf(byStatus);
        byRule = Values.orderedMap(byRule);
    }
}
