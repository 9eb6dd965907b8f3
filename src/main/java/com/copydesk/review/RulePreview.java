package com.copydesk.review;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.model.StoredDraft;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.RuleConfig;
import com.copydesk.rules.ruleset.RuleCatalog;
import com.copydesk.rules.ruleset.RuleSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How many drafts a change of the rules would flag, before it is saved: every draft of the store
 * is judged by the changed rules (read-only: nothing is written) and compared with its findings
 * as stored, which follow the rules in force. The content and meta rules run on each draft; the
 * relation rules (duplicate titles, near-duplicates) compare drafts with each other through the
 * store's index, which only a re-flag rebuilds: their stored findings are kept, with the changed
 * severity, or dropped when the rule is turned off; a change of their thresholds is not
 * previewed (the result says so).
 */
public final class RulePreview {
    private final DraftQueries queries;
    private final LocalDate today;

    public RulePreview(DraftQueries queries, LocalDate today) {
        this.queries = queries;
        this.today = today;
    }

    /**
     * A rule's drafts flagged (by a warn or block finding of it) now and with the change.
     */
    public record RuleCount(String rule, long now, long after) {
    }

    /**
     * @param drafts         drafts judged (all of the store's, unless cancelled)
     * @param flaggedNow     drafts flagged by the stored findings
     * @param flaggedAfter   drafts the changed rules would flag
     * @param newlyFlagged   flagged after the change, not now
     * @param noLongerFlagged flagged now, not after the change
     * @param byRule         for each rule whose count changes, its drafts now and after, in the rule file's order
     * @param relationThresholdsIgnored the changed relation rules whose settings the preview could not apply
     * @param complete       false when cancelled: the counts cover the drafts judged so far
     */
    public record Result(long drafts, long flaggedNow, long flaggedAfter, long newlyFlagged, long noLongerFlagged,
                         List<RuleCount> byRule, List<String> relationThresholdsIgnored, boolean complete) {
        public Result {
            byRule = List.copyOf(byRule);
            relationThresholdsIgnored = List.copyOf(relationThresholdsIgnored);
        }
    }

    /** Judges every draft with {@code changed}; {@code current} are the rules in force (for what changed). */
    public Result run(RuleSet current, RuleSet changed, TaskMonitor monitor) {
        List<Long> ids = new ArrayList<>();
        queries.forEachId(DraftFilter.ALL, ids::add);
        Map<String, RuleConfig> after = configs(changed);
        Map<String, RuleConfig> before = configs(current);
        Map<String, long[]> counts = new LinkedHashMap<>();
        after.keySet().forEach(id -> counts.put(id, new long[2]));
        long judged = 0;
        long flaggedNow = 0;
        long flaggedAfter = 0;
        long newly = 0;
        long noLonger = 0;
        for (long id : ids) {
            if (monitor.isCancelled()) {
                break;
            }
            Optional<StoredDraft> found = queries.find(id);
            if (found.isEmpty()) {
                continue; // deleted meanwhile
            }
            StoredDraft draft = found.get();
            Set<String> rulesNow = flagging(draft.findings());
            Set<String> rulesAfter = flagging(judge(draft, changed, after));
            rulesNow.forEach(rule -> counts.computeIfAbsent(rule, r -> new long[2])[0]++);
            rulesAfter.forEach(rule -> counts.computeIfAbsent(rule, r -> new long[2])[1]++);
            boolean now = !rulesNow.isEmpty();
            boolean later = !rulesAfter.isEmpty();
            flaggedNow += now ? 1 : 0;
            flaggedAfter += later ? 1 : 0;
            newly += later && !now ? 1 : 0;
            noLonger += now && !later ? 1 : 0;
            judged++;
            if (judged % 100 == 0 || judged == ids.size()) {
                monitor.progress(judged, ids.size(), String.format("Previewing the rules: %,d of %,d drafts", judged, ids.size()));
            }
        }
        List<RuleCount> byRule = new ArrayList<>();
        counts.forEach((rule, c) -> {
            if (c[0] != c[1]) {
                byRule.add(new RuleCount(rule, c[0], c[1]));
            }
        });
        List<String> ignored = new ArrayList<>();
        after.forEach((id, config) -> {
            RuleConfig was = before.get(id);
            if (RuleCatalog.scope(id) == RuleScope.RELATION && config.enabled() && was != null
                    && !String.valueOf(was.settings()).equals(String.valueOf(config.settings()))) {
                ignored.add(id);
            }
        });
        return new Result(judged, flaggedNow, flaggedAfter, newly, noLonger, byRule, ignored,
                judged == ids.size());
    }

    private List<Finding> judge(StoredDraft draft, RuleSet changed, Map<String, RuleConfig> after) {
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : changed.evaluate(draft.withEditorScores(), today, CorpusFacts.NONE)) {
            if (RuleCatalog.scope(finding.rule()) != RuleScope.RELATION) {
                findings.add(finding);
            }
        }
        for (Finding stored : draft.findings()) {
            RuleConfig rule = after.get(stored.rule());
            if (rule != null && rule.enabled() && RuleCatalog.scope(stored.rule()) == RuleScope.RELATION) {
                findings.add(new Finding(stored.rule(), rule.severity(), stored.message()));
            }
        }
        return findings;
    }

    /** The rules whose findings flag the draft: a warn or a block. */
    private static Set<String> flagging(List<Finding> findings) {
        Set<String> rules = new HashSet<>();
        for (Finding finding : findings) {
            if (finding.severity() == Severity.WARN || finding.severity() == Severity.BLOCK) {
                rules.add(finding.rule());
            }
        }
        return rules;
    }

    private static Map<String, RuleConfig> configs(RuleSet rules) {
        Map<String, RuleConfig> byId = new LinkedHashMap<>();
        rules.configs().forEach(c -> byId.put(c.id(), c));
        return byId;
    }
}
