package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.List;

/** The generator itself asks for a human: {@code flags.needs_human_review}. */
public record GeneratorReviewRule(Severity severity) implements Rule {
    public static final String ID = "generator-review";
    public static final RuleScope SCOPE = RuleScope.META;

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
        if (draft.flags() != null && GeneratorFlags.isSet(draft.flags().needsHumanReview())) {
            return List.of(new Finding(ID, severity, "the generator asks for a human review (flags.needs_human_review = 1)"));
        }
        return List.of();
    }
}
