package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.List;

/** Another draft has the same title once case and spaces are normalised. */
public record DuplicateTitleRule(Severity severity) implements Rule {
    public static final String ID = "duplicate-title";
    public static final RuleScope SCOPE = RuleScope.RELATION;

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
        CorpusFacts corpus = context.corpus();
        if (corpus.sameTitleCount() == 0) {
            return List.of();
        }
        // one other draft, the same whatever joins the title later: see CorpusFacts.sameTitle
        return List.of(new Finding(ID, severity, "the same title as " + String.join(", ", corpus.sameTitle())));
    }
}
