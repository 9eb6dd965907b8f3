package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** Title, summary, topic or checklist empty, or a body without any section. */
public record MissingMetaRule(Severity severity) implements Rule {
    public static final String ID = "missing-meta";
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
        List<String> missing = new ArrayList<>();
        if (blank(draft.title())) {
            missing.add("title");
        }
        if (blank(draft.summary())) {
            missing.add("summary");
        }
        if (blank(draft.topic())) {
            missing.add("topic");
        }
        if (draft.checklistOrEmpty().stream().allMatch(MissingMetaRule::blank)) {
            missing.add("checklist");
        }
        if (context.body().sections().isEmpty()) {
            missing.add("a section in the body (no heading)");
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(ID, severity, "missing or empty: " + String.join(", ", missing)));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
