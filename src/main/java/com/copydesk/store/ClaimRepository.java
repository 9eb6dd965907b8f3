package com.copydesk.store;

import com.copydesk.model.Claim;
import com.copydesk.model.DraftFilter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Claims as leases: an editor holds pending drafts until a time. Taking a draft is one
 * conditional upsert (it succeeds only while nobody else's lease runs), never a read and then a
 * write, so that two editors claiming at once never hold the same draft.
 */
public final class ClaimRepository {

    /**
     * Makes {@code editor} hold up to {@code count} pending drafts until {@code until}: those the
     * editor holds already (renewed) count first, then free pending drafts matching the filter,
     * newest first as the queue shows them.
     *
     * @return the references of every draft the editor now holds from this call
     */
    public List<String> claim(Connection c, String editor, DraftFilter filter, int count, Instant now, Instant until)
            throws SQLException {
        long nowMs = now.toEpochMilli();
        long untilMs = until.toEpochMilli();
        // a lease that ended, or a draft decided meanwhile, is no longer the editor's; the draft looked up
        // by its key for each of the editor's claims (an IN over every decided draft read 145 ms at 100k on PostgreSQL)
        try (PreparedStatement drop = Statements.prepare(c, "DELETE FROM claim WHERE editor = ? AND (until <= ? "
                + "OR EXISTS (SELECT 1 FROM draft d WHERE d.id = claim.draft_id AND d.status <> 'pending'))")) {
            drop.setString(1, editor);
            drop.setLong(2, nowMs);
            drop.executeUpdate();
        }
        List<Long> held = new ArrayList<>();
        List<String> references = new ArrayList<>();
        try (PreparedStatement ps = Statements.prepare(c, "SELECT d.id, d.reference FROM claim k "
                + "JOIN draft d ON d.id = k.draft_id WHERE k.editor = ? ORDER BY d.id DESC")) {
            ps.setString(1, editor);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && held.size() < count) {
                    held.add(rs.getLong(1));
                    references.add(rs.getString(2));
                }
            }
        }
        try (PreparedStatement renew = Statements.prepare(c,
                "UPDATE claim SET until = ? WHERE draft_id = ? AND editor = ?")) {
            for (long id : held) {
                renew.setLong(1, untilMs);
                renew.setLong(2, id);
                renew.setString(3, editor);
                renew.addBatch();
            }
            if (!held.isEmpty()) {
                renew.executeBatch();
            }
        }
        int wanted = count - held.size();
        while (wanted > 0) {
            List<Long> free = new ArrayList<>();
            List<String> freeRefs = new ArrayList<>();
            QueueRepository.Where where = QueueRepository.where(filter, false);
            try (PreparedStatement ps = Statements.prepare(c, "SELECT d.id, d.reference FROM draft d WHERE "
                    + where.sql() + " AND d.status = 'pending' AND NOT EXISTS (SELECT 1 FROM claim k "
                    + "WHERE k.draft_id = d.id AND k.until > ?) ORDER BY d.id DESC LIMIT ?" + Dialect.of(c).skipLocked("d"))) {
                QueueRepository.bind(ps, where.params());
                int i = where.params().size();
                ps.setLong(i + 1, nowMs);
                ps.setInt(i + 2, wanted);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        free.add(rs.getLong(1));
                        freeRefs.add(rs.getString(2));
                    }
                }
            }
            if (free.isEmpty()) {
                break;
            }
            try (PreparedStatement take = Statements.prepare(c, "INSERT INTO claim (draft_id, editor, until) "
                    + "VALUES (?, ?, ?) ON CONFLICT (draft_id) DO UPDATE SET editor = excluded.editor, "
                    + "until = excluded.until WHERE claim.until <= ?")) {
                for (long id : free) {
                    take.setLong(1, id);
                    take.setString(2, editor);
                    take.setLong(3, untilMs);
                    take.setLong(4, nowMs);
                    take.addBatch();
                }
                // one batch, one round trip on PostgreSQL: at load 20 each round trip waited for the CPU
                int[] taken = take.executeBatch();
                for (int j = 0; j < taken.length; j++) {
                    if (taken[j] == 1) { // else another editor took it first: look again
                        references.add(freeRefs.get(j));
                        wanted--;
                    }
                }
            }
        }
        return references;
    }

    /** Gives back the editor's claims on these drafts (all of them when {@code ids} is empty); how many. */
    public int release(Connection c, String editor, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            try (PreparedStatement ps = Statements.prepare(c, "DELETE FROM claim WHERE editor = ?")) {
                ps.setString(1, editor);
                return ps.executeUpdate();
            }
        }
        int released = 0;
        try (PreparedStatement ps = Statements.prepare(c, "DELETE FROM claim WHERE draft_id = ? AND editor = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                ps.setString(2, editor);
                released += ps.executeUpdate();
            }
        }
        return released;
    }

    /** Who holds each of these drafts now, by draft id; a draft nobody holds is not in the map. */
    public java.util.Map<Long, String> holders(Connection c, List<Long> ids, Instant now) throws SQLException {
        java.util.Map<Long, String> holders = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return holders;
        }
        try (PreparedStatement ps = Statements.prepare(c, "SELECT draft_id, editor FROM claim WHERE draft_id IN ("
                + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ") AND until > ?")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            ps.setLong(ids.size() + 1, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    holders.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return holders;
    }

    /** Who holds the draft now, if anyone. */
    public Optional<Claim> holder(Connection c, long draftId, Instant now) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c,
                "SELECT editor, until FROM claim WHERE draft_id = ? AND until > ?")) {
            ps.setLong(1, draftId);
            ps.setLong(2, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Claim(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))))
                        : Optional.empty();
            }
        }
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public List<String> claim(Tx tx, String editor, DraftFilter filter, int count, Instant now, Instant until) {
        return tx.sql(c -> claim(c, editor, filter, count, now, until));
    }

    public int release(Tx tx, String editor, List<Long> ids) {
        return tx.sql(c -> release(c, editor, ids));
    }

    public Optional<Claim> holder(Tx tx, long draftId, Instant now) {
        return tx.sql(c -> holder(c, draftId, now));
    }

    public java.util.Map<Long, String> holders(Tx tx, List<Long> ids, Instant now) {
        return tx.sql(c -> holders(c, ids, now));
    }
}
