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
    private long changeSet;
    private final PreparedStatement insert;
    private final Connection lazyConnection;
    private final Instant lazyAt;
    private final String lazyAction;
    private final String lazyDescription;

    private HistoryWriter(long changeSet, PreparedStatement insert) {
        this.changeSet = changeSet;
        this.insert = insert;
        this.lazyConnection = null;
        this.lazyAt = null;
        this.lazyAction = null;
        this.lazyDescription = null;
    }

    private HistoryWriter(Connection c, Instant at, String action, String description) throws SQLException {
        this.changeSet = 0;
        this.insert = c.prepareStatement(
                "INSERT INTO history (change_set, draft_id, field, old, new) VALUES (?, ?, ?, ?, ?)");
        this.lazyConnection = c;
        this.lazyAt = at;
        this.lazyAction = action;
        this.lazyDescription = description;
    }

    /**
     * An editor's action, which joins the undo journal when it records its first change: an
     * action that changes nothing leaves no trace and does not disturb what could be redone.
     */
    public static HistoryWriter undoable(Connection c, Instant at, String action, String description)
            throws SQLException {
        return new HistoryWriter(c, at, action, description);
    }

    /** Whether anything was recorded. */
    public boolean isEmpty() {
        return changeSet == 0;
    }

    /** A change set that undo does not take back: an import, an undo or a redo. */
    public static HistoryWriter begin(Connection c, Instant at, String action, String description)
            throws SQLException {
        return begin(c, at, action, description, false);
    }

    /**
     * @param undoable an editor's action: it joins the undo journal, and anything that could be
     *                 redone can no longer be (as in any editor)
     */
    public static HistoryWriter begin(Connection c, Instant at, String action, String description, boolean undoable)
            throws SQLException {
        return new HistoryWriter(newChangeSet(c, at, action, description, undoable), c.prepareStatement(
                "INSERT INTO history (change_set, draft_id, field, old, new) VALUES (?, ?, ?, ?, ?)"));
    }

    private static long newChangeSet(Connection c, Instant at, String action, String description, boolean undoable)
            throws SQLException {
        if (undoable) {
            try (PreparedStatement drop = Statements.prepare(c,
                    "UPDATE change_set SET state = 'dropped' WHERE undoable = 1 AND state = 'undone'")) {
                drop.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO change_set (at, action, description, undoable) VALUES (?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, at.toString());
            ps.setString(2, action);
            ps.setString(3, description);
            ps.setBoolean(4, undoable);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public long changeSet() {
        return changeSet;
    }

    public void record(long draftId, String field, String oldValue, String newValue) throws SQLException {
        if (changeSet == 0) {
            changeSet = newChangeSet(lazyConnection, lazyAt, lazyAction, lazyDescription, true);
        }
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
