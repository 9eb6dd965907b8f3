package com.copydesk.export;

/**
 * What the manifest says about one draft in the destination.
 *
 * @param sha256     hash of the bytes exported for the draft: its file, line or row
 * @param bytes      how many bytes those are; a file of another size was changed by someone else
 * @param exportedAt when those bytes were written
 * @param file       its file in a Markdown export; null in a one-file export
 * @param stale      no longer in scope, and kept because the export was asked to keep such files
 * @param source     the renderer's version and the draft's {@code ExportRow.source} the bytes were
 *                   made from; null when not known (a manifest of an older Copydesk, a CSV report)
 */
record ManifestEntry(String reference, String sha256, long bytes, String exportedAt, String file, boolean stale,
                     String source) {

    ManifestEntry asStale() {
        return new ManifestEntry(reference, sha256, bytes, exportedAt, file, true, source);
    }

    ManifestEntry inScope() {
        return stale ? new ManifestEntry(reference, sha256, bytes, exportedAt, file, false, source) : this;
    }

    ManifestEntry withSource(String next) {
        return java.util.Objects.equals(source, next) ? this
                : new ManifestEntry(reference, sha256, bytes, exportedAt, file, stale, next);
    }
}
