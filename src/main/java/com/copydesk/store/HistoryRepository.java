package com.copydesk.store;

import com.copydesk.model.HistoryEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public List<HistoryEntry> forDraft(Tx tx, long draftId) {
        return tx.sql(c -> forDraft(c, draftId));
    }
}
