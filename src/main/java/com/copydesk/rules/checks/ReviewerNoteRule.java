package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.List;
import java.util.Locale;

/** A note from the generator asks for review, in one of the configured phrases. */
public record ReviewerNoteRule(Severity severity, List<String> phrases) implements Rule {
    public static final String ID = "reviewer-note";
    public static final RuleScope SCOPE = RuleScope.META;

    public ReviewerNoteRule {
        phrases = phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
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
        if (draft.notes() == null) {
            return List.of();
        }
        for (String note : draft.notes()) {
            String lower = note.toLowerCase(Locale.ROOT);
            for (String phrase : phrases) {
                if (lower.contains(phrase)) {
                    return List.of(new Finding(ID, severity, "a note asks for review (\"" + phrase + "\"): \"" + note
                            + "\""));
                }
            }
        }
        return List.of();
    }
}
