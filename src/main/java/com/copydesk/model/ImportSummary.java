package com.copydesk.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one import did.
 *
 * @param replaced             records that replaced an earlier record of the same reference in this
 *                             import (only when the editor asked for the later one); the store's side of
 *                             that is counted in {@code imported}, {@code updated} or {@code unchanged}
 * @param skipped              files in a folder that are not pages, with the reason
 * @param fromPaths            the drafts whose reference is their file's path
 * @param withoutGeneratorMeta drafts read that carry none of the generator's meta
 *                             ({@code checklist}, {@code score}, {@code payload}, {@code revision})
 */
public record ImportSummary(long runId, int imported, int updated, int unchanged, int rejected,
                            List<ImportError> errors, boolean cancelled, int replaced, List<ImportSkip> skipped,
                            List<DerivedReference> fromPaths, int withoutGeneratorMeta) {
    public ImportSummary {
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
        fromPaths = List.copyOf(fromPaths);
    }

    public ImportSummary(long runId, int imported, int updated, int unchanged, int rejected,
                         List<ImportError> errors, boolean cancelled) {
        this(runId, imported, updated, unchanged, rejected, errors, cancelled, 0, List.of(), List.of(), 0);
    }

    public int total() {
        return imported + updated + unchanged + rejected;
    }

    /** How many files were skipped for each reason, in the order the reasons first came. */
    public Map<String, Integer> skippedByReason() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ImportSkip skip : skipped) {
            counts.merge(skip.reason(), 1, Integer::sum);
        }
        return counts;
    }
}
