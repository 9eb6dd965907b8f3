package com.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Copies a whole store into an empty one, SQLite to PostgreSQL or back ({@code copy-store}):
 * every table row by row, so that the copy shows the same drafts, reviews, history, findings,
 * near-duplicate index, undo journal, import runs and settings (saved views, the rules' version)
 * as the source. Findings and the near-duplicate index are copied, not flagged again in the
 * target: flagging 1M drafts again would take longer than copying them, and a copy that must
 * show the same {@code show --json} should not depend on the rules giving the same answers
 * twice. Claims are not copied: a lease belongs to the store it was taken in.
 *
 * <p>Streaming: each table is read in pages by its key ({@code WHERE key > last ORDER BY key
 * LIMIT n}, the same on both stores), and each page is written in a transaction of its own, so
 * memory holds one page whatever the store's size. The full-text index is built in the target
 * from the copied rows, page by page, by the target's own means (FTS5 on SQLite, Copydesk's
 * tokens as a {@code tsvector} on PostgreSQL). Ids are kept, so that history, findings and
 * near-duplicate pairs still point at their drafts; PostgreSQL's identity sequences are moved
 * past them at the end. The source is only read.
 */
public final class StoreCopy {
    /** Rows per page: a page of draft texts is a few MB. */
    static final int PAGE = 1000;
    /**
     * Rows per page of the narrow tables (tags, history, findings, the near-duplicate index): a
     * page is a few hundred KB, and a commit per 1,000 of them was much of the copy's time.
     */
    static final int NARROW_PAGE = 10_000;
    /** The tables whose rows are a few KB (texts, checklists): read and written 1,000 at a time. */
    private static final List<String> WIDE = List.of("draft", "draft_text");
    /** Set in the target while the copy runs, removed when it is whole: a copy cut short says so. */
    public static final String INCOMPLETE = "copy_store_incomplete";

    /** What the copy tells while it runs. */
    @FunctionalInterface
    public interface Progress {
        void copied(String table, long done, long total);
    }

    /** How many rows of each table were copied, in the order they were. */
    public record Result(List<TableCount> tables, double seconds) {
        public long rows(String table) {
            return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableCount::rows).sum();
        }
    }

    public record TableCount(String table, long rows) {
    }

    /**
     * One table as the copy sees it: the columns written (generated ones are the target's own)
     * and the key it is read in order of. {@code finding} is read in the order it was written
     * (SQLite's {@code rowid}, PostgreSQL's column of that name) and written in that order, its
     * key made anew by the target.
     */
    record Table(String name, List<String> columns, List<String> key) {
        List<String> selected() {
            List<String> all = new ArrayList<>(columns);
            key.stream().filter(k -> !columns.contains(k)).forEach(all::add);
            return all;
        }
    }

    /** In the order foreign keys need: a draft before its text, a change set before its history. */
    static final List<Table> TABLES = List.of(
            new Table("draft", List.of("id", "reference", "title", "summary", "topic", "difficulty", "last_reviewed",
                    "imp_quality", "imp_freshness", "imp_depth", "imp_clarity", "content_hash", "imported_at",
                    "updated_at", "status", "status_reason", "decided_at", "note", "ed_quality", "ed_freshness",
                    "ed_depth", "ed_clarity", "checklist", "checklist_done", "checklist_total", "severity",
                    "title_key", "version"), List.of("id")),
            new Table("draft_text", List.of("draft_id", "body", "document"), List.of("draft_id")),
            new Table("draft_tag", List.of("draft_id", "kind", "value"), List.of("kind", "value", "draft_id")),
            new Table("change_set", List.of("id", "at", "action", "description", "undoable", "state", "undone_seq",
                    "editor"), List.of("id")),
            new Table("history", List.of("id", "change_set", "draft_id", "field", "old", "new"), List.of("id")),
            new Table("import_run", List.of("id", "started_at", "finished_at", "sources", "state", "imported",
                    "updated", "unchanged", "rejected"), List.of("id")),
            new Table("import_error", List.of("id", "run_id", "file", "line", "reference", "message"), List.of("id")),
            new Table("finding", List.of("draft_id", "rule", "severity", "message", "cluster"), List.of("rowid")),
            new Table("near_pair", List.of("a", "b", "similarity"), List.of("a", "b")),
            new Table("near_print", List.of("draft_id", "features", "smallest", "anchors"), List.of("draft_id")),
            new Table("near_anchor", List.of("feature", "draft_id"), List.of("feature", "draft_id")),
            new Table("boilerplate", List.of("feature"), List.of("feature")),
            new Table("near_df", List.of("feature", "drafts"), List.of("feature")),
            new Table("near_full", List.of("feature", "over"), List.of("feature")),
            new Table("setting", List.of("key", "value"), List.of("key")));

    /** PostgreSQL's identity columns the copy wrote ids into: their sequences must go on after them. */
    private static final List<String> IDENTITIES = List.of("draft", "change_set", "history", "import_run", "import_error");

    private StoreCopy() {
    }

    /**
     * Copies {@code source} into {@code target}, which must hold no draft (refused, untouched,
     * otherwise). What an earlier use left in an empty target (settings, an empty journal) is
     * replaced by the source's.
     */
    public static Result copy(Store source, Store target, Progress progress) {
        prepareTarget(target);
        return copyFrom(source, target, TABLES.get(0).name(), progress);
    }

    /**
     * Goes on with a copy that was cut short (its target still says {@link #INCOMPLETE}) from
     * {@code table} on: what the target holds of that table and the later ones is removed and
     * copied again; the tables before it are taken as whole. For the benchmarks' big copies
     * (bench {@code CopyStoreContinue}): the command line's copy-store always starts anew.
     */
    public static Result continueCopy(Store source, Store target, String table, Progress progress) {
        int from = TABLES.stream().map(Table::name).toList().indexOf(table);
        if (from < 0) {
            throw new IllegalArgumentException("no table " + table + " in " + TABLES.stream().map(Table::name).toList());
        }
        target.write(c -> {
            if (count(c, "setting WHERE key = '" + INCOMPLETE + "'") == 0) {
                throw new StoreException("The store " + target.path() + " holds no copy cut short; nothing to go on with.");
            }
            try (Statement s = c.createStatement()) {
                for (Table later : TABLES.subList(from, TABLES.size())) {
                    // the mark of the copy cut short stays until the end, and the change sequence is the target's
                    s.executeUpdate("DELETE FROM " + later.name() + (later.name().equals("setting")
                            ? " WHERE key NOT IN ('" + INCOMPLETE + "', '" + TeamChanges.KEY + "')" : ""));
                }
            }
            return null;
        });
        return copyFrom(source, target, table, progress);
    }

    private static Result copyFrom(Store source, Store target, String first, Progress progress) {
        long start = System.nanoTime();
        List<TableCount> counts = new ArrayList<>();
        int from = TABLES.stream().map(Table::name).toList().indexOf(first);
        for (Table table : TABLES.subList(from, TABLES.size())) {
            long total = source.read(c -> count(c, table.name()));
            long done = copyTable(source, target, table, total, progress);
            counts.add(new TableCount(table.name(), done));
        }
        target.write(c -> {
            if (Dialect.of(c) == Dialect.POSTGRES) {
                try (Statement s = c.createStatement()) {
                    for (String table : IDENTITIES) {
                        s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                                + "coalesce((SELECT max(id) FROM " + table + "), 0) + 1, false)");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                ps.setString(1, INCOMPLETE);
                ps.executeUpdate();
            }
            if (Dialect.of(c) == Dialect.POSTGRES) {
                // the planner's statistics of the tables just filled, now rather than when autovacuum comes by:
                // without them the first claims and decisions on a copied 100k store planned scans
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            return null;
        });
        return new Result(Collections.unmodifiableList(counts), (System.nanoTime() - start) / 1e9);
    }

    private static void prepareTarget(Store target) {
        target.write(c -> {
            long drafts = count(c, "draft");
            if (drafts > 0) {
                throw new StoreException("The target store " + target.path() + " holds " + String.format("%,d", drafts)
                        + " drafts; copy-store copies only into an empty or new store, and left it as it is."
                        + " Name a new file or an empty database with --to.");
            }
            try (Statement s = c.createStatement()) {
                // Without drafts these hold only what opening the store wrote: the source's replace them.
                for (String table : List.of("claim", "finding", "near_pair", "near_print", "near_anchor", "boilerplate",
                        "near_df", "near_full", "import_error", "import_run", "history", "change_set", "setting")) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
                ps.setString(1, INCOMPLETE);
                ps.setString(2, "a copy-store into this store did not finish: make a new store and copy again");
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * A team store's change sequence ({@link TeamChanges#KEY}) counts the target's own commits,
     * this copy's among them: the source's count is not the target's, and copying it collided with
     * the row the target's first write made.
     */
    private static boolean ownedByTheTarget(Table table, Object[] row) {
        return table.name().equals("setting") && TeamChanges.KEY.equals(row[0]);
    }

    private static long copyTable(Store source, Store target, Table table, long total, Progress progress) {
        String select = "SELECT " + String.join(", ", table.selected()) + " FROM " + table.name();
        int pageSize = WIDE.contains(table.name()) ? PAGE : NARROW_PAGE;
        String order = " ORDER BY " + String.join(", ", table.key()) + " LIMIT " + pageSize;
        String after = " WHERE " + (table.key().size() == 1 ? table.key().get(0) + " > ?"
                : "(" + String.join(", ", table.key()) + ") > (" + "?, ".repeat(table.key().size() - 1) + "?)");
        String insert = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                + "?, ".repeat(table.columns().size() - 1) + "?)";
        int width = table.columns().size();
        int keys = table.key().size();
        List<Integer> keyAt = table.key().stream().map(k -> table.selected().indexOf(k)).toList();
        long done = 0;
        Object[] last = null;
        while (true) {
            Object[] from = last;
            List<Object[]> page = source.read(c -> {
                try (PreparedStatement ps = c.prepareStatement(select + (from == null ? "" : after) + order)) {
                    if (from != null) {
                        for (int i = 0; i < keys; i++) {
                            ps.setObject(i + 1, from[i]);
                        }
                    }
                    List<Object[]> rows = new ArrayList<>(pageSize);
                    try (ResultSet rs = ps.executeQuery()) {
                        int n = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            Object[] row = new Object[n];
                            for (int i = 0; i < n; i++) {
                                row[i] = rs.getObject(i + 1);
                            }
                            rows.add(row);
                        }
                    }
                    return rows;
                }
            });
            if (page.isEmpty()) {
                break;
            }
            target.write(c -> {
                if (Dialect.of(c) == Dialect.POSTGRES && !table.name().equals("setting")) {
                    // one COPY stream a page (measured in the README); settings go row by row, some are the target's own
                    PgCopyIn.rows(c, table.name(), table.columns(), page, width);
                } else {
                    try (PreparedStatement ps = c.prepareStatement(insert)) {
                        for (Object[] row : page) {
                            if (ownedByTheTarget(table, row)) {
                                continue;
                            }
                            for (int i = 0; i < width; i++) {
                                ps.setObject(i + 1, row[i]);
                            }
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                if (table.name().equals("draft_text")) {
                    index(c, ((Number) page.get(0)[0]).longValue(), ((Number) page.get(page.size() - 1)[0]).longValue());
                }
                return null;
            });
            Object[] end = page.get(page.size() - 1);
            last = keyAt.stream().map(i -> end[i]).toArray();
            done += page.size();
            progress.copied(table.name(), done, total);
            if (page.size() < pageSize) {
                break;
            }
        }
        return done;
    }

    /** The full-text index of the drafts just copied, by the target's own means. */
    private static void index(Connection c, long firstId, long lastId) throws SQLException {
        if (Dialect.of(c) == Dialect.POSTGRES) {
            PgSearchIndex.index(c, firstId, lastId);
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO draft_fts (rowid, title, summary, body) "
                + "SELECT id, title, summary, body FROM draft_search WHERE id BETWEEN ? AND ? ORDER BY id")) {
            ps.setLong(1, firstId);
            ps.setLong(2, lastId);
            ps.executeUpdate();
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
