package com.copydesk.model;

/** A rule that has a finding on a draft, and how severe: what a flag chip in the queue shows. */
public record RuleFlag(String rule, Severity severity) {
}
