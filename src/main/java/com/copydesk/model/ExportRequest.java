package com.copydesk.model;

import java.nio.file.Path;

/**
 * One export to run.
 *
 * @param destination  the file (JSON Lines, CSV) or folder (Markdown) to write
 * @param incremental  write only what changed since the last export to this destination; false
 *                     writes everything again
 * @param removeStale  remove the files of drafts no longer in scope; false keeps and lists them
 * @param replaceOther replace a file that a Copydesk export did not write; false refuses to
 */
public record ExportRequest(ExportFormat format, Path destination, ExportScope scope, boolean incremental,
                            boolean removeStale, boolean replaceOther) {

    /** An export that leaves alone a file it did not write. */
    public ExportRequest(ExportFormat format, Path destination, ExportScope scope, boolean incremental,
                         boolean removeStale) {
        this(format, destination, scope, incremental, removeStale, false);
    }
}
