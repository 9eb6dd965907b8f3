package com.copydesk.store;

import com.copydesk.model.ChecklistItem;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Scores;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The editor's side of a draft, read and written one field at a time. */
public final class ReviewRepository {

    /** What an editor's action needs to know about a draft. */
    public record ReviewRow(long id, String reference, ReviewStatus status, String reason, String decidedAt,
                            String note, Scores editorScores, List<ChecklistItem> checklist, boolean blocked,
                            long version) {
    }

    private static final String SELECT = "SELECT id, reference, status, status_reason, decided_at, note, ed_quality, "
            + "ed_freshness, ed_depth, ed_clarity, checklist, severity >= 3 AS blocked, version FROM draft ";

    public Optional<ReviewRow> row(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, SELECT + "WHERE id = ?" + Dialect.of(c).lockForAction())) {
            ps.setLong(1, id);
            return read(ps);
        }
    }

    public Optional<ReviewRow> row(Connection c, String reference) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, SELECT + "WHERE reference = ?" + Dialect.of(c).lockForAction())) {
            ps.setString(1, reference);
            return read(ps);
        }
    }

    private static Optional<ReviewRow> read(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new ReviewRow(rs.getLong("id"), rs.getString("reference"),
                    ReviewStatus.fromKey(rs.getString("status")).orElse(ReviewStatus.PENDING),
                    rs.getString("status_reason"), rs.getString("decided_at"), rs.getString("note"),
                    new Scores(Sql.getInteger(rs, "ed_quality"), Sql.getInteger(rs, "ed_freshness"),
                            Sql.getInteger(rs, "ed_depth"), Sql.getInteger(rs, "ed_clarity")),
                    ChecklistCodec.read(rs.getString("checklist")), rs.getBoolean("blocked"), rs.getLong("version")));
        }
    }

    /** The text the history keeps for a checklist. */
    public static String checklistText(List<ChecklistItem> items) {
        return ChecklistCodec.write(items);
    }

    public static List<ChecklistItem> checklistOf(String text) {
        return ChecklistCodec.read(text);
    }

    /**
     * Moves the draft's review state on from the version an action read; false (and nothing
     * moved) when another writer changed it since: the action must not be kept.
     */
    public boolean nextVersion(Connection c, long id, long readVersion) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c,
                "UPDATE draft SET version = version + 1 WHERE id = ? AND version = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, readVersion);
            return ps.executeUpdate() == 1;
        }
    }

    /** Moves the draft's review state on whatever its version (undo and redo, which read nothing first). */
    public void nextVersion(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "UPDATE draft SET version = version + 1 WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Sets one field of {@link ReviewFields} to a value in its history form (null clears it). */
    public void apply(Connection c, long id, String field, String value) throws SQLException {
        Map<String, String> one = new LinkedHashMap<>();
        one.put(field, value);
        try (PreparedStatement ps = Statements.prepare(c, "UPDATE draft SET " + assignments(one) + " WHERE id = ?")) {
            int next = bindValues(ps, one);
            ps.setLong(next, id);
            ps.executeUpdate();
        }
    }

    /**
     * Sets the fields of {@link ReviewFields} (values in their history form, null clears) and moves
     * the version on, in one statement, while the draft is still at {@code readVersion}; false (and
     * nothing written) when another writer changed it since. One write of the row where a field at
     * a time and then the version were four for a decision: on PostgreSQL each is a new row version
     * with an entry in every one of the draft's indexes, and a round trip that waits for the CPU on a
     * loaded machine (TeamBenchmark at 1M: decide p99 663 ms at load 18-27).
     */
    public boolean write(Connection c, long id, long readVersion, Map<String, String> fields) throws SQLException {
        String set = fields.isEmpty() ? "" : assignments(fields) + ", ";
        try (PreparedStatement ps = Statements.prepare(c,
                "UPDATE draft SET " + set + "version = version + 1 WHERE id = ? AND version = ?")) {
            int next = bindValues(ps, fields);
            ps.setLong(next, id);
            ps.setLong(next + 1, readVersion);
            return ps.executeUpdate() == 1;
        }
    }

    private static String assignments(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        for (String field : fields.keySet()) {
            parts.add(field.equals(ReviewFields.CHECKLIST) ? "checklist = ?, checklist_done = ?, checklist_total = ?"
                    : column(field) + " = ?");
        }
        return String.join(", ", parts);
    }

    /** Binds the fields' values from parameter 1 in the order of {@link #assignments}; the next parameter's index. */
    private static int bindValues(PreparedStatement ps, Map<String, String> fields) throws SQLException {
        int i = 1;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String value = e.getValue();
            if (e.getKey().equals(ReviewFields.CHECKLIST)) {
                List<ChecklistItem> items = ChecklistCodec.read(value == null ? "[]" : value);
                ps.setString(i++, ChecklistCodec.write(items));
                ps.setLong(i++, items.stream().filter(ChecklistItem::done).count());
                ps.setInt(i++, items.size());
                continue;
            }
            String column = column(e.getKey());
            if (column.startsWith("ed_")) {
                if (value == null) {
                    ps.setNull(i++, Types.INTEGER);
                } else {
                    ps.setInt(i++, Integer.parseInt(value));
                }
            } else if (column.equals("status")) {
                ps.setString(i++, value == null ? ReviewStatus.PENDING.key() : value);
            } else {
                ps.setString(i++, value);
            }
        }
        return i;
    }

    private static String column(String field) {
        switch (field) {
            case ReviewFields.STATUS:
                return "status";
            case ReviewFields.REASON:
                return "status_reason";
            case ReviewFields.DECIDED_AT:
                return "decided_at";
            case ReviewFields.NOTE:
                return "note";
            default:
                for (ScoreName name : ScoreName.values()) {
                    if (field.equals(ReviewFields.score(name))) {
                        return "ed_" + name.key();
                    }
                }
                throw new IllegalArgumentException("not an editor's field: " + field);
        }
    }

    /** Whether a field is one {@link #apply} can set (the history also holds import changes). */
    public static boolean isEditorField(String field) {
        if (field.equals(ReviewFields.CHECKLIST)) {
            return true;
        }
        try {
            column(field);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public Optional<ReviewRow> row(Tx tx, long id) {
        return tx.sql(c -> row(c, id));
    }

    public Optional<ReviewRow> row(Tx tx, String reference) {
        return tx.sql(c -> row(c, reference));
    }

    public boolean nextVersion(Tx tx, long id, long readVersion) {
        return tx.sql(c -> nextVersion(c, id, readVersion));
    }

    public void nextVersion(Tx tx, long id) {
        tx.run(c -> nextVersion(c, id));
    }

    public void apply(Tx tx, long id, String field, String value) {
        tx.run(c -> apply(c, id, field, value));
    }

    public boolean write(Tx tx, long id, long readVersion, Map<String, String> fields) {
        return tx.sql(c -> write(c, id, readVersion, fields));
    }
}
