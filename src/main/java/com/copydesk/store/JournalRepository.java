package com.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The undo journal: the editor's change sets, and what each changed. */
public final class JournalRepository {
    /** How the change sets of imports are named. */
    public static final String IMPORT_ACTION = "import";

    /** A change set as undo sees it. */
    public record Step(long id, String action, String description, String at) {
    }

    /** One field of one draft in a change set. */
    public record Change(long draftId, String field, String oldValue, String newValue) {
    }

    /**
     * The editor's last action that can be undone. Actions from before editors were recorded
     * (editor null) are everyone's: such a store had one editor.
     */
    public Optional<Step> lastDone(Connection c, String editor) throws SQLException {
        return step(c, "SELECT id, action, description, at FROM change_set "
                + "WHERE undoable = 1 AND state = 'done' AND (editor = ? OR editor IS NULL) ORDER BY id DESC LIMIT 1",
                editor);
    }

    /** The editor's action undone last, which redo brings back. */
    public Optional<Step> lastUndone(Connection c, String editor) throws SQLException {
        return step(c, "SELECT id, action, description, at FROM change_set "
                + "WHERE undoable = 1 AND state = 'undone' AND (editor = ? OR editor IS NULL) "
                + "ORDER BY undone_seq DESC LIMIT 1", editor);
    }

    private static Optional<Step> step(Connection c, String sql, String editor) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, sql)) {
            ps.setString(1, editor);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Step(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        : Optional.empty();
            }
        }
    }

    /** What a change set changed, in the order it was done. */
    public List<Change> changes(Connection c, long changeSet) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement ps = Statements.prepare(c,
                "SELECT draft_id, field, old, new FROM history WHERE change_set = ? ORDER BY id")) {
            ps.setLong(1, changeSet);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return changes;
    }

    /**
     * Whether an import changed the draft after the change set: what the editor decided then was
     * about other content, so undo and redo leave the draft as it is.
     */
    public boolean reimportedSince(Connection c, long draftId, long changeSet) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT EXISTS (SELECT 1 FROM history h "
                + "JOIN change_set s ON s.id = h.change_set WHERE h.draft_id = ? AND h.change_set > ? "
                + "AND s.action = '" + IMPORT_ACTION + "')")) {
            ps.setLong(1, draftId);
            ps.setLong(2, changeSet);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    public void markUndone(Connection c, long changeSet) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "UPDATE change_set SET state = 'undone', undone_seq = "
                + "(SELECT coalesce(max(undone_seq), 0) + 1 FROM change_set) WHERE id = ?")) {
            ps.setLong(1, changeSet);
            ps.executeUpdate();
        }
    }

    public void markRedone(Connection c, long changeSet) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c,
                "UPDATE change_set SET state = 'done', undone_seq = NULL WHERE id = ?")) {
            ps.setLong(1, changeSet);
            ps.executeUpdate();
        }
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public Optional<Step> lastDone(Tx tx, String editor) {
        return tx.sql(c -> lastDone(c, editor));
    }

    public Optional<Step> lastUndone(Tx tx, String editor) {
        return tx.sql(c -> lastUndone(c, editor));
    }

    public List<Change> changes(Tx tx, long changeSet) {
        return tx.sql(c -> changes(c, changeSet));
    }

    public boolean reimportedSince(Tx tx, long draftId, long changeSet) {
        return tx.sql(c -> reimportedSince(c, draftId, changeSet));
    }

    public void markUndone(Tx tx, long changeSet) {
        tx.run(c -> markUndone(c, changeSet));
    }

    public void markRedone(Tx tx, long changeSet) {
        tx.run(c -> markRedone(c, changeSet));
    }
}
