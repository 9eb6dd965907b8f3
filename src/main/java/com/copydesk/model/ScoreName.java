package com.copydesk.model;

import java.util.Locale;
import java.util.Optional;

/** The four scores a draft carries, by their name in the interchange form. */
public enum ScoreName {
    QUALITY, FRESHNESS, DEPTH, CLARITY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ScoreName> fromKey(String key) {
        for (ScoreName name : values()) {
            if (name.key().equals(key)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
