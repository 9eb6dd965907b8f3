package com.copydesk.store;

import com.copydesk.model.StoreCheckResult;

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

    public static StoreCheckResult run(Path store) {
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
        List<StoreCheckResult.Backup> backups = Backups.checkNewestFirst(file).stream()
                .map(b -> new StoreCheckResult.Backup(b.file(), b.sound(), b.problem())).toList();
        return new StoreCheckResult(file, problems.isEmpty(), problems, version, seconds, backups,
                problems.isEmpty() ? "" : StoreProblems.restoreAdvice(file));
    }
}
