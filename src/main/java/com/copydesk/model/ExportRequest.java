package com.copydesk.model;

import java.nio.file.Path;

/**
 * One export to run.
 *
 * @param destination  the file (JSON Lines, CSV) or folder (Markdown) to write
 * @param incremental  write only what changed since the last export to this destination; false
 *                     writes everything again
 * @param removeStale  remove the files of drafts no longer in scope; false keeps and lists them
 */
public record ExportRequest(ExportFormat format, Path destination, ExportScope scope, boolean incremental,
                            boolean removeStale) {
}
