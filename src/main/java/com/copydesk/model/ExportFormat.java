package com.copydesk.model;

import java.util.Optional;

/** What an export writes: one JSON Lines file, one Markdown file per draft, or one CSV report. */
public enum ExportFormat {
    JSON_LINES("jsonl", ".jsonl", false),
    MARKDOWN("markdown", ".md", true),
    CSV("csv", ".csv", false);

    private final String key;
    private final String extension;
    private final boolean filePerDraft;

    ExportFormat(String key, String extension, boolean filePerDraft) {
        this.key = key;
        this.extension = extension;
        this.filePerDraft = filePerDraft;
    }

    /** The name on the command line: {@code jsonl}, {@code markdown}, {@code csv}. */
    public String key() {
        return key;
    }

    /** The ending of the files it writes, with the dot. */
    public String extension() {
        return extension;
    }

    /** True when the destination is a folder with a file per draft, false when it is one file. */
    public boolean filePerDraft() {
        return filePerDraft;
    }

    public static Optional<ExportFormat> fromKey(String key) {
        for (ExportFormat format : values()) {
            if (format.key.equalsIgnoreCase(key)) { // as statuses are: JSONL is jsonl
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
