package com.copydesk.model;

import java.util.Map;
import java.util.Set;

/**
 * Which drafts the queue shows. Empty sets and null values do not filter. A draft matches when
 * it passes every part.
 *
 * @param statuses     any of these statuses
 * @param flagged      true: only drafts with a {@code warn} or {@code block} finding; false: only
 *                     drafts without; null: either
 * @param rule         only drafts with a finding of this rule
 * @param search       full-text query over title, summary and body
 * @param scoreRanges  the editor's (else the imported) score within the range; drafts without
 *                     the score do not match a range
 * @param difficulties any of these difficulties
 * @param stacks       any of these stack entries
 * @param tools        any of these tools
 * @param nearOf       the id of a draft: only it and its direct near-duplicate twins (the pairs its
 *                     near-duplicate finding comes from, not their twins in turn); null: any draft
 * @param heldBy       an editor: only the pending drafts they hold ("My claims"); null: any draft.
 *                     Not part of a saved view
 * @param heldAt       the moment whose claims count for {@code heldBy} (a lease that ended by then
 *                     holds nothing); null: any claim the store keeps. The queries set it from their clock
 */
public record DraftFilter(Set<ReviewStatus> statuses, Boolean flagged, String rule, String search,
                          Map<ScoreName, IntRange> scoreRanges, Set<String> difficulties, Set<String> stacks,
                          Set<String> tools, Long nearOf, String heldBy, java.time.Instant heldAt) {

    public static final DraftFilter ALL = new DraftFilter(Set.of(), null, null, null, Map.of(), Set.of(), Set.of(),
            Set.of());

    /** A filter on no draft's twins: the fields a saved view or the filter bar sets. */
    public DraftFilter(Set<ReviewStatus> statuses, Boolean flagged, String rule, String search,
                       Map<ScoreName, IntRange> scoreRanges, Set<String> difficulties, Set<String> stacks,
                       Set<String> tools) {
        this(statuses, flagged, rule, search, scoreRanges, difficulties, stacks, tools, null);
    }

    /** A filter held by no one's claims: the fields of the filter bar and the near-duplicate chip. */
    public DraftFilter(Set<ReviewStatus> statuses, Boolean flagged, String rule, String search,
                       Map<ScoreName, IntRange> scoreRanges, Set<String> difficulties, Set<String> stacks,
                       Set<String> tools, Long nearOf) {
        this(statuses, flagged, rule, search, scoreRanges, difficulties, stacks, tools, nearOf, null, null);
    }

    public DraftFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        scoreRanges = scoreRanges == null || scoreRanges.isEmpty() ? Map.of() : Map.copyOf(scoreRanges);
        difficulties = difficulties == null ? Set.of() : Set.copyOf(difficulties);
        stacks = stacks == null ? Set.of() : Set.copyOf(stacks);
        tools = tools == null ? Set.of() : Set.copyOf(tools);
        search = search == null || search.isBlank() ? null : search.strip();
        rule = rule == null || rule.isBlank() ? null : rule.strip();
        heldBy = heldBy == null || heldBy.isBlank() ? null : heldBy;
        heldAt = heldBy == null ? null : heldAt;
    }

    public DraftFilter withStatuses(Set<ReviewStatus> value) {
        return new DraftFilter(value, flagged, rule, search, scoreRanges, difficulties, stacks, tools, nearOf,
                heldBy, heldAt);
    }

    /** Only flagged drafts (true), or no filter on flags (false). */
    public DraftFilter withFlaggedOnly(boolean value) {
        return new DraftFilter(statuses, value ? Boolean.TRUE : null, rule, search, scoreRanges, difficulties, stacks,
                tools, nearOf, heldBy, heldAt);
    }

    /** Only drafts no rule flags. */
    public DraftFilter withUnflaggedOnly() {
        return new DraftFilter(statuses, Boolean.FALSE, rule, search, scoreRanges, difficulties, stacks, tools, nearOf,
                heldBy, heldAt);
    }

    public boolean flaggedOnly() {
        return Boolean.TRUE.equals(flagged);
    }

    public DraftFilter withRule(String value) {
        return new DraftFilter(statuses, flagged, value, search, scoreRanges, difficulties, stacks, tools, nearOf,
                heldBy, heldAt);
    }

    public DraftFilter withSearch(String value) {
        return new DraftFilter(statuses, flagged, rule, value, scoreRanges, difficulties, stacks, tools, nearOf,
                heldBy, heldAt);
    }

    public DraftFilter withScoreRanges(Map<ScoreName, IntRange> value) {
        return new DraftFilter(statuses, flagged, rule, search, value, difficulties, stacks, tools, nearOf,
                heldBy, heldAt);
    }

    public DraftFilter withDifficulties(Set<String> value) {
        return new DraftFilter(statuses, flagged, rule, search, scoreRanges, value, stacks, tools, nearOf,
                heldBy, heldAt);
    }

    public DraftFilter withStacks(Set<String> value) {
        return new DraftFilter(statuses, flagged, rule, search, scoreRanges, difficulties, value, tools, nearOf,
                heldBy, heldAt);
    }

    public DraftFilter withTools(Set<String> value) {
        return new DraftFilter(statuses, flagged, rule, search, scoreRanges, difficulties, stacks, value, nearOf,
                heldBy, heldAt);
    }

    /** Only this draft and its direct near-duplicate twins (null: no such limit). */
    public DraftFilter withNearOf(Long draftId) {
        return new DraftFilter(statuses, flagged, rule, search, scoreRanges, difficulties, stacks, tools, draftId,
                heldBy, heldAt);
    }

    /** Only the pending drafts {@code editor} holds ("My claims"); null: any draft. */
    public DraftFilter withHeldBy(String editor) {
        return new DraftFilter(statuses, flagged, rule, search, scoreRanges, difficulties, stacks, tools, nearOf, editor,
                null);
    }

    /** The claims that count for {@link #heldBy} are those running at {@code at}. */
    public DraftFilter heldAsOf(java.time.Instant at) {
        return new DraftFilter(statuses, flagged, rule, search, scoreRanges, difficulties, stacks, tools, nearOf, heldBy,
                at);
    }
}
