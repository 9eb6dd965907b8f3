package com.copydesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The full check of a store ({@code PRAGMA integrity_check}: every page, row and index entry),
 * on a read-only connection: it never writes, so it may look at a store that is damaged.
 */
public final class StoreCheck {
    private StoreCheck() {
    }

    /**
     * What the check found.
     *
     * @param problems what {@code integrity_check} reported, or why the file could not be read; empty when sound
     * @param backups  the backups beside the store, newest first, checked up to the first sound one
     */
    public record Result(Path file, boolean sound, List<String> problems, int schemaVersion, double seconds,
                         List<Backups.Checked> backups) {
        public Result {
            problems = List.copyOf(problems);
            backups = List.copyOf(backups);
        }
    }

    public static Result run(Path store) {
        Path file = store.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("There is no store " + file + " to check. Name one with --db.");
        }
        long start = System.nanoTime();
        List<String> problems;
        int version = 0;
        try (Connection c = Backups.connectReadOnly(file); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.getInt(1);
            }
            String found = Backups.integrity(s, "integrity_check");
            problems = "ok".equals(found) ? List.of() : List.of(found.split("\n"));
        } catch (SQLException e) {
            problems = List.of(e.getMessage());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(file, problems.isEmpty(), problems, version, seconds, Backups.checkNewestFirst(file));
    }

    /** What to do about a damaged store, as the other commands say it. */
    public static String advice(Path store) {
        return StoreProblems.restoreAdvice(store.toAbsolutePath().normalize());
    }
}
