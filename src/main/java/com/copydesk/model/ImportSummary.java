package com.copydesk.model;

import java.util.List;

/** What one import did. */
public record ImportSummary(long runId, int imported, int updated, int unchanged, int rejected,
                            List<ImportError> errors, boolean cancelled) {
    public ImportSummary {
        errors = List.copyOf(errors);
    }

    public int total() {
        return imported + updated + unchanged + rejected;
    }
}
