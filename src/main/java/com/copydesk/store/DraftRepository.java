package com.copydesk.store;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.InvalidDraftException;
import com.copydesk.model.ChecklistItem;
import com.copydesk.model.Draft;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.ExportRow;
import com.copydesk.model.Finding;
import com.copydesk.model.ReviewState;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.Scores;
import com.copydesk.model.StoredDraft;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/** Reads whole drafts: what was imported and the editor's state. */
public final class DraftRepository {
    static final String COLUMNS = "d.id, d.reference, t.body, t.document, d.imported_at, d.updated_at, d.status, "
            + "d.status_reason, d.decided_at, d.note, d.ed_quality, d.ed_freshness, d.ed_depth, d.ed_clarity, d.checklist";
    /** The draft row with its text. */
    static final String FROM = " FROM draft d JOIN draft_text t ON t.draft_id = d.id";

    private final DraftJson json;
    private final FindingRepository findings;

    public DraftRepository(DraftJson json, FindingRepository findings) {
        this.json = json;
        this.findings = findings;
    }

    public Optional<StoredDraft> find(Connection c, String reference) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT " + COLUMNS + FROM + " WHERE d.reference = ?")) {
            ps.setString(1, reference);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
            }
        }
    }

    public Optional<StoredDraft> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT " + COLUMNS + FROM + " WHERE d.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
            }
        }
    }

    /** The draft without its findings: for computing them anew. */
    public Optional<StoredDraft> findWithoutFindings(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT " + COLUMNS + FROM + " WHERE d.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, List.of())) : Optional.empty();
            }
        }
    }

    public Optional<Long> idOf(Connection c, String reference) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT id FROM draft WHERE reference = ?")) {
            ps.setString(1, reference);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Up to {@code limit} drafts with ids above {@code afterId}, in id order, without their
     * findings: for passes over the whole store that compute the findings anew.
     */
    public List<StoredDraft> pageWithoutFindings(Connection c, long afterId, int limit) throws SQLException {
        List<StoredDraft> page = new ArrayList<>(limit);
        try (PreparedStatement ps = Statements.prepare(c, "SELECT " + COLUMNS + FROM + " WHERE d.id > ? ORDER BY d.id LIMIT ?")) {
            ps.setLong(1, afterId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    page.add(read(rs, List.of()));
                }
            }
        }
        return page;
    }

    /**
     * Every draft the filter matches (null: the drafts with these references, others skipped), one
     * at a time in reference order: the byte order of the UTF-8 text, which is Unicode code point
     * order. One query streams them all (the store walks its unique index on the reference, so
     * nothing is sorted); only the current draft is held, so this works for any number of drafts.
     * Each comes as an export reads it: the stored forms unparsed, and the draft's stamp
     * ({@link ExportStamp}). Findings are read only if asked for (a per-draft look-up; an export of
     * the drafts themselves has no use for them). Call it within one {@code Store.read} for a
     * consistent view.
     */
    public void forEachExportRow(Connection c, DraftFilter filter, Collection<String> references,
                                 boolean withFindings, Consumer<ExportRow> consumer) throws SQLException {
        QueryPart scope = scope(filter, references);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", d.content_hash"
                + ", d.imp_quality, d.imp_freshness, d.imp_depth, d.imp_clarity" + FROM + scope.sql)) {
            QueueRepository.bind(ps, scope.params);
            ExportStamp stamp = new ExportStamp();
            boolean sqlite = Dialect.of(c) == Dialect.SQLITE;
            try (ResultSet rs = ps.executeQuery()) {
                int document = rs.findColumn("document");
                int body = rs.findColumn("body");
                while (rs.next()) {
                    long id = rs.getLong("id");
                    consumer.accept(new ExportRow(id, rs.getString("reference"), utf8(rs, document, sqlite),
                            utf8(rs, body, sqlite), new Scores(Sql.getInteger(rs, "imp_quality"),
                            Sql.getInteger(rs, "imp_freshness"), Sql.getInteger(rs, "imp_depth"),
                            Sql.getInteger(rs, "imp_clarity")), reviewState(rs),
                            withFindings ? findings.forDraft(c, id) : List.of(), stamp.of(rs)));
                }
            }
        }
    }

    /**
     * A text column's UTF-8 bytes. SQLite gives the stored bytes as they are: decoding them into a
     * String, as {@code getString} does, and encoding them again for the file was a fifth of a JSON
     * Lines export's work. Text that is not valid UTF-8 (written by another program) would come
     * through unchanged here, so it is read as text, as before, which replaces what is not UTF-8.
     */
    private static byte[] utf8(ResultSet rs, int column, boolean sqlite) throws SQLException {
        if (sqlite) {
            byte[] bytes = rs.getBytes(column);
            if (bytes != null && Utf8.isValid(bytes)) {
                return bytes;
            }
        }
        String text = rs.getString(column);
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The reference and stamp of every draft as {@link #forEachExportRow} would read them, without
     * their text, until {@code check} returns false: an incremental export's look at whether
     * anything changed since the last one, reading only the small draft rows.
     */
    public void forEachExportStamp(Connection c, DraftFilter filter, Collection<String> references,
                                   BiPredicate<String, String> check) throws SQLException {
        QueryPart scope = scope(filter, references);
        try (PreparedStatement ps = c.prepareStatement("SELECT d.reference, " + ExportStamp.COLUMNS
                + " FROM draft d" + scope.sql)) {
            QueueRepository.bind(ps, scope.params);
            ExportStamp stamp = new ExportStamp();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!check.test(rs.getString("reference"), stamp.of(rs))) {
                        return;
                    }
                }
            }
        }
    }

    private record QueryPart(String sql, List<Object> params) {
    }

    private static QueryPart scope(DraftFilter filter, Collection<String> references) {
        if (filter == null) {
            return new QueryPart(" WHERE d.reference IN (SELECT value FROM json_each(?)) ORDER BY d.reference",
                    List.of(JsonArray.of(references)));
        }
        QueueRepository.Where where = QueueRepository.where(filter, false);
        return new QueryPart(" WHERE " + where.sql() + " ORDER BY d.reference", where.params());
    }

    StoredDraft read(Connection c, ResultSet rs) throws SQLException {
        return read(rs, findings.forDraft(c, rs.getLong("id")));
    }

    private StoredDraft read(ResultSet rs, List<Finding> found) throws SQLException {
        long id = rs.getLong("id");
        Draft imported = importedDraft(rs.getString("document"), rs.getString("body"));
        return new StoredDraft(id, imported, reviewState(rs), found, Sql.getInstant(rs, "imported_at"),
                Sql.getInstant(rs, "updated_at"));
    }

    private static ReviewState reviewState(ResultSet rs) throws SQLException {
        return new ReviewState(
                ReviewStatus.fromKey(rs.getString("status")).orElse(ReviewStatus.PENDING),
                rs.getString("status_reason"), Sql.getInstant(rs, "decided_at"), rs.getString("note"),
                new Scores(Sql.getInteger(rs, "ed_quality"), Sql.getInteger(rs, "ed_freshness"),
                        Sql.getInteger(rs, "ed_depth"), Sql.getInteger(rs, "ed_clarity")),
                ChecklistCodec.read(rs.getString("checklist")));
    }

    /** The stored document keeps every field but the body, which has its own column. */
    Draft importedDraft(String document, String body) {
        try {
            return json.parseWithoutBody(document, body);
        } catch (InvalidDraftException e) {
            throw new StoreException("A draft in the store is damaged (" + e.getMessage() + ")", e);
        }
    }

    static List<ChecklistItem> checklist(String column) {
        return ChecklistCodec.read(column);
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public Optional<StoredDraft> find(Tx tx, String reference) {
        return tx.sql(c -> find(c, reference));
    }

    public Optional<StoredDraft> find(Tx tx, long id) {
        return tx.sql(c -> find(c, id));
    }

    /** The highest draft id: the number of drafts, or near it, since drafts are never deleted. */
    public long highestId(Tx tx) {
        return tx.sql(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM draft")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    public Optional<StoredDraft> findWithoutFindings(Tx tx, long id) {
        return tx.sql(c -> findWithoutFindings(c, id));
    }

    public List<StoredDraft> pageWithoutFindings(Tx tx, long afterId, int limit) {
        return tx.sql(c -> pageWithoutFindings(c, afterId, limit));
    }

    public void forEachExportRow(Tx tx, DraftFilter filter, Collection<String> references, boolean withFindings, Consumer<ExportRow> consumer) {
        tx.run(c -> forEachExportRow(c, filter, references, withFindings, consumer));
    }

    public void forEachExportStamp(Tx tx, DraftFilter filter, Collection<String> references, BiPredicate<String, String> check) {
        tx.run(c -> forEachExportStamp(c, filter, references, check));
    }

    /** Whether the store holds no draft at all. */
    public boolean isEmpty(Tx tx) {
        return tx.sql(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM draft)")) {
                return rs.next() && !rs.getBoolean(1);
            }
        });
    }
}
