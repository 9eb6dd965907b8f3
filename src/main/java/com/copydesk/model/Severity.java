package com.copydesk.model;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters: {@code block} stops approval, {@code warn} flags, {@code info} only tells. */
public enum Severity {
    INFO, WARN, BLOCK;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a finding of this severity makes its draft "flagged". */
    public boolean flags() {
        return this != INFO;
    }

    public static Optional<Severity> fromKey(String key) {
        for (Severity severity : values()) {
            if (severity.key().equalsIgnoreCase(key)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
