package com.copydesk.model;

import java.time.LocalDate;
import java.util.Map;

/** The generator's revision facts; {@code lastReviewed} is null when absent. */
public record Revision(String status, String version, LocalDate lastReviewed, Map<String, Object> extra) {
    public Revision {
        extra = Values.orderedMap(extra);
    }
}
