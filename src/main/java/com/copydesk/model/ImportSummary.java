package com.copydesk.model;

import java.util.List;

/**
 * What one import did. {@code replaced} counts records that replaced an earlier record of the same
 * reference in this import (only when the editor asked for the later one); the store's side of
 * that is counted in {@code imported}, {@code updated} or {@code unchanged} as for any record.
 */
public record ImportSummary(long runId, int imported, int updated, int unchanged, int rejected,
                            List<ImportError> errors, boolean cancelled, int replaced) {
    public ImportSummary {
        errors = List.copyOf(errors);
    }

    public ImportSummary(long runId, int imported, int updated, int unchanged, int rejected,
                         List<ImportError> errors, boolean cancelled) {
        this(runId, imported, updated, unchanged, rejected, errors, cancelled, 0);
    }

    public int total() {
        return imported + updated + unchanged + rejected;
    }
}
