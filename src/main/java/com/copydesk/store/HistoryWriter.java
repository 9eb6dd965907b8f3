package com.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Records the changes of one action (an import batch, an approval, a bulk edit) as one change
 * set, so that the history can say when and by which action, and undo can take a set back.
 */
public final class HistoryWriter implements AutoCloseable {
    private final long changeSet;
    private final PreparedStatement insert;

    private HistoryWriter(long changeSet, PreparedStatement insert) {
        this.changeSet = changeSet;
        this.insert = insert;
    }

    public static HistoryWriter begin(Connection c, Instant at, String action, String description)
            throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO change_set (at, action, description) VALUES (?, ?, ?) RETURNING id")) {
            ps.setString(1, at.toString());
            ps.setString(2, action);
            ps.setString(3, description);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        return new HistoryWriter(id, c.prepareStatement(
                "INSERT INTO history (change_set, draft_id, field, old, new) VALUES (?, ?, ?, ?, ?)"));
    }

    public long changeSet() {
        return changeSet;
    }

    public void record(long draftId, String field, String oldValue, String newValue) throws SQLException {
        insert.setLong(1, changeSet);
        insert.setLong(2, draftId);
        insert.setString(3, field);
        insert.setString(4, oldValue);
        insert.setString(5, newValue);
        insert.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
