package com.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Records the changes of one action (an import batch, an approval, a bulk edit) as one change
 * set, so that the history can say when, by which action and by which editor, and undo can take
 * a set back.
 */
public final class HistoryWriter implements AutoCloseable {
    private long changeSet;
    /** Whether the change set is in the undo journal (a lazy one joins it on its first real change). */
    private boolean inJournal;
    private final PreparedStatement insert;
    private final Connection lazyConnection;
    private final Instant lazyAt;
    private final String lazyAction;
    private final String lazyDescription;
    private final String editor;

    private HistoryWriter(long changeSet, PreparedStatement insert, String editor) {
        this.changeSet = changeSet;
        this.inJournal = true;
        this.insert = insert;
        this.lazyConnection = null;
        this.lazyAt = null;
        this.lazyAction = null;
        this.lazyDescription = null;
        this.editor = editor;
    }

    private HistoryWriter(Connection c, Instant at, String action, String description, String editor)
            throws SQLException {
        this.changeSet = 0;
        this.insert = c.prepareStatement(
                "INSERT INTO history (change_set, draft_id, field, old, new) VALUES (?, ?, ?, ?, ?)");
        this.lazyConnection = c;
        this.lazyAt = at;
        this.lazyAction = action;
        this.lazyDescription = description;
        this.editor = editor;
    }

    /**
     * An editor's action, which joins the undo journal when it records its first change: an
     * action that changes nothing leaves no trace and does not disturb what could be redone.
     */
    public static HistoryWriter undoable(Connection c, Instant at, String action, String description)
            throws SQLException {
        return undoable(c, at, action, description, null);
    }

    /** @param editor who acts (null: not known); the undo journal is this editor's own */
    public static HistoryWriter undoable(Connection c, Instant at, String action, String description, String editor)
            throws SQLException {
        return new HistoryWriter(c, at, action, description, editor);
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

    /** As {@link #begin(Connection, Instant, String, String)}, made by {@code editor}. */
    public static HistoryWriter begin(Connection c, Instant at, String action, String description, String editor)
            throws SQLException {
        return begin(c, at, action, description, false, editor);
    }

    /**
     * @param undoable an editor's action: it joins the undo journal, and anything that could be
     *                 redone can no longer be (as in any editor)
     */
    public static HistoryWriter begin(Connection c, Instant at, String action, String description, boolean undoable)
            throws SQLException {
        return begin(c, at, action, description, undoable, null);
    }

    private static HistoryWriter begin(Connection c, Instant at, String action, String description, boolean undoable,
                                       String editor) throws SQLException {
        long id = newChangeSet(c, at, action, description, false, editor);
        if (undoable) {
            joinJournal(c, id, editor);
        }
        return new HistoryWriter(id, c.prepareStatement(
                "INSERT INTO history (change_set, draft_id, field, old, new) VALUES (?, ?, ?, ?, ?)"), editor);
    }

    private static long newChangeSet(Connection c, Instant at, String action, String description, boolean undoable,
                                     String editor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_set (at, action, description, undoable, "
                + "editor) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, at.toString());
            ps.setString(2, action);
            ps.setString(3, description);
            ps.setInt(4, undoable ? 1 : 0);
            ps.setString(5, editor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Makes the change set undoable; what this editor could redo can no longer be (another
     * editor's redo stack is theirs). Actions from before editors were recorded are everyone's.
     */
    private static void joinJournal(Connection c, long changeSet, String editor) throws SQLException {
        dropRedo(c, editor);
        try (PreparedStatement join = Statements.prepare(c, "UPDATE change_set SET undoable = 1 WHERE id = ?")) {
            join.setLong(1, changeSet);
            join.executeUpdate();
        }
    }

    /** What this editor could redo can no longer be (a new change set, still 'done', is not touched). */
    private static void dropRedo(Connection c, String editor) throws SQLException {
        try (PreparedStatement drop = Statements.prepare(c, "UPDATE change_set SET state = 'dropped' "
                + "WHERE undoable = 1 AND state = 'undone' AND (editor = ? OR editor IS NULL)")) {
            drop.setString(1, editor);
            drop.executeUpdate();
        }
    }

    public long changeSet() {
        return changeSet;
    }

    /**
     * An editor's action in a transaction of a layer above the store; see
     * {@link #undoable(Connection, Instant, String, String, String)}.
     */
    public static HistoryWriter undoable(Tx tx, Instant at, String action, String description, String editor) {
        return tx.sql(c -> undoable(c, at, action, description, editor));
    }

    /** A change set begun in a transaction of a layer above the store; see {@link #begin(Connection, Instant, String, String, String)}. */
    public static HistoryWriter begin(Tx tx, Instant at, String action, String description, String editor) {
        return tx.sql(c -> begin(c, at, action, description, editor));
    }

    /**
     * Records a change of a field: the action becomes a step of the undo journal. A failure of
     * the store leaves as an unchecked {@link SqlFailure}, so that the use cases above the store
     * hold no JDBC type; the store's transaction boundary reports it.
     */
    public void record(long draftId, String field, String oldValue, String newValue) {
        try {
            if (changeSet == 0) {
                // the first change of a lazy action: its change set made undoable at once, not inserted and then updated
                changeSet = newChangeSet(lazyConnection, lazyAt, lazyAction, lazyDescription, true, editor);
                dropRedo(lazyConnection, editor);
                inJournal = true;
            }
            entry(draftId, field, oldValue, newValue);
            if (!inJournal) {
                joinJournal(lazyConnection, changeSet, editor);
                inJournal = true;
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /**
     * Records that the action confirmed a field without changing it (a decision the draft already
     * had): the history shows who decided, but there is nothing for undo to take back.
     */
    public void confirm(long draftId, String field, String value) {
        try {
            entry(draftId, field, value, value);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    private void entry(long draftId, String field, String oldValue, String newValue) throws SQLException {
        if (changeSet == 0) {
            changeSet = newChangeSet(lazyConnection, lazyAt, lazyAction, lazyDescription, false, editor);
        }
        insert.setLong(1, changeSet);
        insert.setLong(2, draftId);
        insert.setString(3, field);
        insert.setString(4, oldValue);
        insert.setString(5, newValue);
        insert.executeUpdate();
    }

    @Override
    public void close() {
        try {
            insert.close();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
