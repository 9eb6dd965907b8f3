package com.copydesk.model;

/**
 * How many drafts a rule has findings on (a draft with two findings of the rule counts once), and
 * the rule's severity: the rule file gives each rule one severity, which all its findings carry.
 */
public record RuleCount(String rule, Severity severity, long drafts) {
}
