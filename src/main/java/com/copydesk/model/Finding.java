package com.copydesk.model;

/** One reason a rule gives for a human to look at a draft, with the evidence in the message. */
public record Finding(String rule, Severity severity, String message) {
}
