package com.copydesk.model;

import java.util.Comparator;
import java.util.function.Function;

/** One reason a rule gives for a human to look at a draft, with the evidence in the message. */
public record Finding(String rule, Severity severity, String message) {
    /**
     * The order findings are shown and listed in everywhere: block, warn, info, then by rule id
     * (a stable sort keeps one rule's findings in the order it gave them). An editor reads what
     * stops approval first, not an info note above a block.
     */
    public static final Comparator<Finding> MOST_SEVERE_FIRST = mostSevereFirst(Finding::severity, Finding::rule);

    /** {@link #MOST_SEVERE_FIRST} for anything that names a rule and a severity (a queue's flag chips). */
    public static <T> Comparator<T> mostSevereFirst(Function<T, Severity> severity, Function<T, String> rule) {
        return Comparator.comparing(severity, Comparator.reverseOrder()).thenComparing(rule);
    }
}
