package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.List;

/** The generator marks the text as written in an AI style: {@code flags.ai_generated_style}. */
public record AiStyleRule(Severity severity) implements Rule {
    public static final String ID = "ai-style";
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
        if (draft.flags() != null && GeneratorFlags.isSet(draft.flags().aiGeneratedStyle())) {
            return List.of(new Finding(ID, severity,
                    "the generator marks the text as AI-generated in style (flags.ai_generated_style = 1)"));
        }
        return List.of();
    }
}
