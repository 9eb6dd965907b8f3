package com.copydesk.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What the full check of a store found.
 *
 * @param problems what SQLite's integrity check reported, or why the file could not be read; empty when sound
 * @param backups  the backups beside the store, newest first, checked up to the first sound one
 * @param advice   what to do when the store is damaged (the backup to restore, by name)
 */
public record StoreCheckResult(Path file, boolean sound, List<String> problems, int schemaVersion, double seconds,
                               List<Backup> backups, String advice) {
    public StoreCheckResult {
        problems = List.copyOf(problems);
        backups = List.copyOf(backups);
    }

    /** A backup's file and whether it passed the quick check (with what it found if not). */
    public record Backup(Path file, boolean sound, String problem) {
    }
}
