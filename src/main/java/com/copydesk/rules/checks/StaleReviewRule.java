package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The last review is older than {@code maxAgeDays}, or there was none. */
public record StaleReviewRule(Severity severity, int maxAgeDays) implements Rule {
    public static final String ID = "stale-review";
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
        LocalDate last = draft.revision() == null ? null : draft.revision().lastReviewed();
        if (last == null) {
            return List.of(new Finding(ID, severity, "never reviewed: revision.last_reviewed is missing"));
        }
        long age = ChronoUnit.DAYS.between(last, context.today());
        if (age > maxAgeDays) {
            return List.of(new Finding(ID, severity, "last reviewed " + last + ", " + age + " days ago (limit "
                    + maxAgeDays + " days)"));
        }
        return List.of();
    }
}
