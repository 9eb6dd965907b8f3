package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A score below its threshold; the editor's score counts where the editor set one. */
public record LowScoreRule(Severity severity, Map<ScoreName, Integer> thresholds) implements Rule {
    public static final String ID = "low-score";
    public static final RuleScope SCOPE = RuleScope.META;

    public LowScoreRule {
        thresholds = Map.copyOf(thresholds);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleScope scope() {
        return SCOPE;
    }

    @Override
    public List<Finding> check(Draft draft, RuleContext context) {
        List<String> low = new ArrayList<>();
        for (ScoreName name : ScoreName.values()) {
            Integer threshold = thresholds.get(name);
            Integer score = draft.scoreOrEmpty().get(name);
            if (threshold != null && score != null && score < threshold) {
                low.add(name.key() + " " + score + " < " + threshold);
            }
        }
        if (low.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(ID, severity, "low " + (low.size() == 1 ? "score" : "scores") + ": "
                + String.join(", ", low)));
    }
}
