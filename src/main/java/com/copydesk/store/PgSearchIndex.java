package com.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Fills the team store's full-text index from the drafts' rows, in Java: see {@link PgSearch}. */
public final class PgSearchIndex {
    private PgSearchIndex() {
    }

    /** Indexes (again) the text of the drafts with ids from {@code firstId} to {@code lastId}. */
    public static void index(Connection c, long firstId, long lastId) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT d.id, d.title, d.summary, t.body FROM draft d "
                + "JOIN draft_text t ON t.draft_id = d.id WHERE d.id BETWEEN ? AND ? ORDER BY d.id");
             PreparedStatement write = c.prepareStatement("INSERT INTO draft_fts (draft_id, doc) "
                     + "VALUES (?, CAST(? AS tsvector)) ON CONFLICT (draft_id) DO UPDATE SET doc = excluded.doc")) {
            read.setLong(1, firstId);
            read.setLong(2, lastId);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    write.setLong(1, rs.getLong(1));
                    write.setString(2, PgSearch.document(rs.getString(2), rs.getString(3), rs.getString(4)));
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
    }
}
