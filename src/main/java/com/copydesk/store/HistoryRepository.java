package com.copydesk.store;

import com.copydesk.model.HistoryEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the history of a draft: every change, oldest first. */
public final class HistoryRepository {

    public List<HistoryEntry> forDraft(Connection c, long draftId) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT h.change_set, s.at, s.action, h.field, h.old, h.new, s.editor "
                + "FROM history h JOIN change_set s ON s.id = h.change_set WHERE h.draft_id = ? ORDER BY h.id")) {
            ps.setLong(1, draftId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new HistoryEntry(rs.getLong(1), Sql.getInstant(rs, "at"), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return entries;
    }

    /**
     * The editor of the last decision (the last entry of the status) of each of these drafts, by
     * draft id; a draft never decided is not in the map, one decided before editors were recorded
     * maps to null. In one query through {@code history_draft}, for a page of the queue.
     */
    public Map<Long, String> lastDeciders(Connection c, List<Long> draftIds) throws SQLException {
        Map<Long, String> deciders = new HashMap<>();
        if (draftIds.isEmpty()) {
            return deciders;
        }
        try (PreparedStatement ps = Statements.prepare(c, "SELECT h.draft_id, s.editor FROM history h "
                + "JOIN change_set s ON s.id = h.change_set WHERE h.draft_id IN ("
                + String.join(", ", Collections.nCopies(draftIds.size(), "?")) + ") AND h.field = ? ORDER BY h.id")) {
            for (int i = 0; i < draftIds.size(); i++) {
                ps.setLong(i + 1, draftIds.get(i));
            }
            ps.setString(draftIds.size() + 1, ReviewFields.STATUS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    deciders.put(rs.getLong(1), rs.getString(2)); // the later entry wins
                }
            }
        }
        return deciders;
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public List<HistoryEntry> forDraft(Tx tx, long draftId) {
        return tx.sql(c -> forDraft(c, draftId));
    }

    public Map<Long, String> lastDeciders(Tx tx, List<Long> draftIds) {
        return tx.sql(c -> lastDeciders(c, draftIds));
    }
}
