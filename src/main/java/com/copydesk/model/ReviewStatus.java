package com.copydesk.model;

import java.util.Locale;
import java.util.Optional;

/** Where a draft stands with the editor. */
public enum ReviewStatus {
    PENDING, APPROVED, REJECTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewStatus> fromKey(String key) {
        for (ReviewStatus status : values()) {
            if (status.key().equalsIgnoreCase(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
