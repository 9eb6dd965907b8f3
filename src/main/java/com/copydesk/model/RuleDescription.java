package com.copydesk.model;

import java.util.Map;

/** A rule as it is in force: whether it is on, how severe its findings are, what it judges, its settings. */
public record RuleDescription(String id, boolean enabled, Severity severity, RuleScope scope,
                              Map<String, Object> settings) {
    public RuleDescription {
        settings = Values.orderedMap(settings);
    }
}
