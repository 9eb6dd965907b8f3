package com.copydesk.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What one export did, counted in drafts against the last export to the same destination.
 *
 * @param drafts       drafts in scope, all of them now in the destination
 * @param added        of those, drafts the destination did not have
 * @param changed      drafts whose exported form changed
 * @param unchanged    drafts exported before exactly as they are now
 * @param removed      drafts no longer in scope, taken out of the destination
 * @param staleKept    files of drafts no longer in scope that were kept, as asked
 * @param filesWritten files written (replaced or new); 0 when nothing changed
 * @param notFound     named references that are not in the store
 * @param cancelled    stopped before the end; the destination is as it was
 */
public record ExportSummary(ExportFormat format, Path destination, long drafts, long added, long changed,
                            long unchanged, long removed, List<String> staleKept, long filesWritten,
                            List<String> notFound, boolean cancelled) {
    public ExportSummary {
        staleKept = List.copyOf(staleKept);
        notFound = List.copyOf(notFound);
    }

    /** An export stopped before the end, which left the destination as it was. */
    public static ExportSummary cancelled(ExportFormat format, Path destination) {
        return new ExportSummary(format, destination, 0, 0, 0, 0, 0, List.of(), 0, List.of(), true);
    }

    public ExportSummary withNotFound(List<String> references) {
        return new ExportSummary(format, destination, drafts, added, changed, unchanged, removed, staleKept,
                filesWritten, references, cancelled);
    }
}
