package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.List;

/**
 * {@code payload.paragraphs} differs from the body's prose paragraphs by more than
 * {@code tolerance}. Nobody counts forty paragraphs exactly, so on a long body the tolerance grows
 * to a tenth of the count.
 */
public record ParagraphCountRule(Severity severity, int tolerance) implements Rule {
    public static final String ID = "paragraph-count";
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
        Integer stated = draft.payload() == null ? null : draft.payload().paragraphs();
        if (stated == null) {
            return List.of();
        }
        int actual = context.body().proseParagraphs();
        int allowed = Math.max(tolerance, (int) Math.round(actual * 0.1));
        if (Math.abs(stated - actual) > allowed) {
            return List.of(new Finding(ID, severity, "payload.paragraphs says " + stated + ", the body has "
                    + actual + " prose paragraphs"));
        }
        return List.of();
    }
}
