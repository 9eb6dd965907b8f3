package com.copydesk.rules;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;

import java.util.List;

/**
 * One reason a draft may need a human: a draft and its context in, findings out. Rules are
 * pure: no I/O, no clock of their own, no state between calls. Each finding's message carries
 * the evidence (the values and the numbers compared), so an editor need not look it up.
 */
public interface Rule {
    String id();

    /** What the rule judges: the draft's text, the generator's meta, or the draft against others. */
    RuleScope scope();

    /**
     * @param draft the draft as generated, with the editor's scores applied (an editor who
     *              raises a score answers {@code low-score}; the rest judges what was generated)
     */
    List<Finding> check(Draft draft, RuleContext context);
}
