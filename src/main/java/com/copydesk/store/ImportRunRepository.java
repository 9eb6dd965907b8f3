package com.copydesk.store;

import com.copydesk.model.ImportError;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Import runs and the records they rejected: the import log. */
public final class ImportRunRepository {

    public record Counts(int imported, int updated, int unchanged, int rejected) {
        public Counts plus(Counts o) {
            return new Counts(imported + o.imported, updated + o.updated, unchanged + o.unchanged,
                    rejected + o.rejected);
        }
    }

    public record Run(long id, Instant startedAt, Instant finishedAt, String sources, String state, Counts counts) {
    }

    public long start(Connection c, Instant at, String sources) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_run (started_at, sources, state) VALUES (?, ?, 'running') RETURNING id")) {
            ps.setString(1, at.toString());
            ps.setString(2, sources);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Adds a batch's counts and rejections; runs in the batch's transaction so both land together. */
    public void addBatch(Connection c, long runId, Counts counts, List<ImportError> errors) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_run SET imported = imported + ?, "
                + "updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ? WHERE id = ?")) {
            ps.setInt(1, counts.imported());
            ps.setInt(2, counts.updated());
            ps.setInt(3, counts.unchanged());
            ps.setInt(4, counts.rejected());
            ps.setLong(5, runId);
            ps.executeUpdate();
        }
        if (errors.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_error (run_id, file, line, reference, message) VALUES (?, ?, ?, ?, ?)")) {
            for (ImportError error : errors) {
                ps.setLong(1, runId);
                ps.setString(2, error.file());
                if (error.line() == null) {
                    ps.setNull(3, java.sql.Types.INTEGER);
                } else {
                    ps.setInt(3, error.line());
                }
                ps.setString(4, error.reference());
                ps.setString(5, error.message());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void finish(Connection c, long runId, Instant at, String state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE import_run SET finished_at = ?, state = ? WHERE id = ?")) {
            ps.setString(1, at.toString());
            ps.setString(2, state);
            ps.setLong(3, runId);
            ps.executeUpdate();
        }
    }

    /** Runs left 'running' by a process that died are marked interrupted; returns how many. */
    public int markInterrupted(Connection c, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE import_run SET state = 'interrupted', finished_at = ? WHERE state = 'running'")) {
            ps.setString(1, at.toString());
            return ps.executeUpdate();
        }
    }

    public void forEachError(Connection c, long runId, Consumer<ImportError> consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT file, line, reference, message FROM import_error WHERE run_id = ? ORDER BY id")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new ImportError(rs.getString(1), Sql.getInteger(rs, "line"), rs.getString(3),
                            rs.getString(4)));
                }
            }
        }
    }

    public List<Run> recent(Connection c, int limit) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, started_at, finished_at, sources, state, "
                + "imported, updated, unchanged, rejected FROM import_run ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(new Run(rs.getLong(1), Sql.getInstant(rs, "started_at"),
                            Sql.getInstant(rs, "finished_at"), rs.getString(4), rs.getString(5),
                            new Counts(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9))));
                }
            }
        }
        return runs;
    }

    public long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM import_run")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public int markInterrupted(Tx tx, Instant at) {
        return tx.sql(c -> markInterrupted(c, at));
    }

    public List<Run> recent(Tx tx, int limit) {
        return tx.sql(c -> recent(c, limit));
    }

    public long start(Tx tx, Instant at, String sources) {
        return tx.sql(c -> start(c, at, sources));
    }

    public void addBatch(Tx tx, long runId, Counts counts, List<ImportError> errors) {
        tx.run(c -> addBatch(c, runId, counts, errors));
    }

    public void finish(Tx tx, long runId, Instant at, String state) {
        tx.run(c -> finish(c, runId, at, state));
    }

    public void forEachError(Tx tx, long runId, Consumer<ImportError> consumer) {
        tx.run(c -> forEachError(c, runId, consumer));
    }
}
