package com.copydesk.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The store at a glance, for charts: how each score is spread, how many drafts stand where, what
 * the rules find, and when drafts came in. All of it read at one moment, so the figures agree.
 *
 * @param drafts      drafts in the store
 * @param scores      for each of the four scores, its histogram (editor's score, else imported)
 * @param byStatus    drafts by review status; every status is present, 0 when none
 * @param bySeverity  drafts by the highest severity of their findings; drafts without findings are not
 *                    in it ({@link #withFindings()})
 * @param byRule      for each rule with findings, how many drafts it has findings on; most first
 * @param imports     drafts imported per day, week or month
 */
public record Overview(long drafts, Map<ScoreName, ScoreHistogram> scores, Map<ReviewStatus, Long> byStatus,
                       Map<Severity, Long> bySeverity, List<RuleCount> byRule, ImportTimeline imports) {

    public Overview {
        scores = Values.orderedMap(complete(scores, ScoreName.class, ScoreHistogram.EMPTY));
        byStatus = Values.orderedMap(complete(byStatus, ReviewStatus.class, 0L));
        bySeverity = Values.orderedMap(complete(bySeverity, Severity.class, 0L));
        byRule = List.copyOf(byRule);
    }

    public static final Overview EMPTY = new Overview(0, Map.of(), Map.of(), Map.of(), List.of(), ImportTimeline.EMPTY);

    private static <K extends Enum<K>, V> Map<K, V> complete(Map<K, V> map, Class<K> type, V missing) {
        Map<K, V> all = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            all.put(key, map.getOrDefault(key, missing));
        }
        return all;
    }

    public boolean isEmpty() {
        return drafts == 0;
    }

    /** Drafts with at least one finding, of any severity. */
    public long withFindings() {
        return bySeverity.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Drafts flagged for an editor: a finding of severity warn or block. */
    public long flagged() {
        return bySeverity.entrySet().stream().filter(e -> e.getKey().flags()).mapToLong(Map.Entry::getValue).sum();
    }
}
