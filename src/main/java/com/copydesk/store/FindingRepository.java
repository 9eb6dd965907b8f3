package com.copydesk.store;

import com.copydesk.model.Finding;
import com.copydesk.model.Severity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The rules' findings per draft, and the columns the queue filters flagged drafts by. */
public final class FindingRepository {

    public List<Finding> forDraft(Connection c, long draftId) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement ps = Statements.prepare(c, 
                "SELECT rule, severity, message FROM finding WHERE draft_id = ? ORDER BY rowid")) {
            ps.setLong(1, draftId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    findings.add(new Finding(rs.getString(1), Severity.fromKey(rs.getString(2)).orElse(Severity.WARN),
                            rs.getString(3)));
                }
            }
        }
        return findings;
    }

    /** Replaces findings of many drafts with statements prepared once. */
    public static final class Writer implements AutoCloseable {
        private final PreparedStatement delete;
        private final PreparedStatement insert;
        private final PreparedStatement mark;

        public Writer(Connection c) throws SQLException {
            delete = Statements.prepare(c, "DELETE FROM finding WHERE draft_id = ?");
            insert = Statements.prepare(c, 
                    "INSERT INTO finding (draft_id, rule, severity, message, cluster) VALUES (?, ?, ?, ?, ?)");
            mark = Statements.prepare(c, "UPDATE draft SET severity = ?, rules_version = ? WHERE id = ?");
        }

        /** @param clusters the near-duplicate cluster of each finding, or null */
        public void replace(long draftId, List<Finding> findings, List<Long> clusters, String rulesVersion)
                throws SQLException {
            delete.setLong(1, draftId);
            delete.executeUpdate();
            int severity = 0;
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                insert.setLong(1, draftId);
                insert.setString(2, f.rule());
                insert.setString(3, f.severity().key());
                insert.setString(4, f.message());
                Sql.setLong(insert, 5, clusters == null ? null : clusters.get(i));
                insert.executeUpdate();
                severity = Math.max(severity, f.severity().ordinal() + 1);
            }
            mark.setInt(1, severity);
            mark.setString(2, rulesVersion);
            mark.setLong(3, draftId);
            mark.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            delete.close();
            insert.close();
            mark.close();
        }
    }
}
