package com.copydesk.rules;

import java.time.LocalDate;

/**
 * What a rule may know beyond the draft: today's date (from a clock tests can set), the body
 * analysed once for all rules, and facts about other drafts (near copies, equal titles).
 */
public record RuleContext(LocalDate today, BodyFacts body, CorpusFacts corpus) {
}
