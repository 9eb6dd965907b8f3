package com.copydesk.store;

import com.copydesk.model.Finding;
import com.copydesk.model.Severity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules' findings per draft, and the draft's highest severity the queue filters by. Which
 * rule set the findings follow is the store's setting (see the review layer), not a column.
 */
public final class FindingRepository {

    /** A stored finding with its near-duplicate cluster. */
    public record Stored(Finding finding, Long cluster) {
    }

    public List<Finding> forDraft(Connection c, long draftId) throws SQLException {
        return stored(c, draftId).stream().map(Stored::finding).toList();
    }

    public List<Stored> stored(Connection c, long draftId) throws SQLException {
        List<Stored> findings = new ArrayList<>();
        try (PreparedStatement ps = Statements.prepare(c,
                "SELECT rule, severity, message, cluster FROM finding WHERE draft_id = ? ORDER BY rowid")) {
            ps.setLong(1, draftId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    findings.add(row(rs));
                }
            }
        }
        return findings;
    }

    /** The findings of every draft with an id in {@code from..to}, for whole passes over the store. */
    public Map<Long, List<Stored>> storedBetween(Connection c, long from, long to) throws SQLException {
        Map<Long, List<Stored>> findings = new HashMap<>();
        try (PreparedStatement ps = Statements.prepare(c, "SELECT draft_id, rule, severity, message, cluster "
                + "FROM finding WHERE draft_id BETWEEN ? AND ? ORDER BY rowid")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    findings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row(rs));
                }
            }
        }
        return findings;
    }

    private static Stored row(ResultSet rs) throws SQLException {
        long cluster = rs.getLong("cluster");
        return new Stored(new Finding(rs.getString("rule"), Severity.fromKey(rs.getString("severity"))
                .orElse(Severity.WARN), rs.getString("message")), rs.wasNull() ? null : cluster);
    }

    /** Replaces findings of many drafts with statements prepared once. */
    public static final class Writer {
        private final PreparedStatement delete;
        private final PreparedStatement insert;
        private final PreparedStatement mark;

        /** A writer in a use case's transaction; its failures leave as an unchecked {@link SqlFailure}. */
        public static Writer open(Tx tx) {
            return tx.sql(Writer::new);
        }

        private Writer(Connection c) throws SQLException {
            delete = Statements.prepare(c, "DELETE FROM finding WHERE draft_id = ?");
            insert = Statements.prepare(c,
                    "INSERT INTO finding (draft_id, rule, severity, message, cluster) VALUES (?, ?, ?, ?, ?)");
            mark = Statements.prepare(c, "UPDATE draft SET severity = ? WHERE id = ?");
        }

        /**
         * Stores a draft's findings in place of {@code before}, what it had; writes nothing when
         * they are the same, which is most drafts when a rule setting changes.
         *
         * @param clusters the near-duplicate cluster of each finding, or null
         * @return whether anything was written
         */
        public boolean replace(long draftId, List<Finding> findings, List<Long> clusters, List<Stored> before) {
            try {
                return store(draftId, findings, clusters, before);
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
        }

        private boolean store(long draftId, List<Finding> findings, List<Long> clusters, List<Stored> before)
                throws SQLException {
            List<Stored> after = new ArrayList<>(findings.size());
            for (int i = 0; i < findings.size(); i++) {
                after.add(new Stored(findings.get(i), clusters == null ? null : clusters.get(i)));
            }
            if (after.equals(before)) {
                return false;
            }
            delete.setLong(1, draftId);
            delete.executeUpdate();
            for (Stored s : after) {
                insert.setLong(1, draftId);
                insert.setString(2, s.finding().rule());
                insert.setString(3, s.finding().severity().key());
                insert.setString(4, s.finding().message());
                Sql.setLong(insert, 5, s.cluster());
                insert.addBatch();
            }
            if (!after.isEmpty()) {
                insert.executeBatch();
            }
            int severity = severity(after);
            if (severity != severity(before)) {
                mark.setInt(1, severity);
                mark.setLong(2, draftId);
                mark.executeUpdate();
            }
            return true;
        }

        /** 0 none, 1 info, 2 warn, 3 block: the highest of the findings. */
        private static int severity(List<Stored> findings) {
            int severity = 0;
            for (Stored s : findings) {
                severity = Math.max(severity, s.finding().severity().ordinal() + 1);
            }
            return severity;
        }
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public List<Finding> forDraft(Tx tx, long draftId) {
        return tx.sql(c -> forDraft(c, draftId));
    }

    public List<Stored> stored(Tx tx, long draftId) {
        return tx.sql(c -> stored(c, draftId));
    }

    public Map<Long, List<Stored>> storedBetween(Tx tx, long from, long to) {
        return tx.sql(c -> storedBetween(c, from, to));
    }
}
