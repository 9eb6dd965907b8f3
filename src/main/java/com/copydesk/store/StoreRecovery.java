package com.copydesk.store;

import com.copydesk.model.RecoveryResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Salvages a damaged store into a new one: every row of every table that can still be read,
 * table by table, in key order. Where a read fails, it skips ahead (1, 2, 4, ... rows) until
 * reading works again and reports the range it could not read. The damaged file is only read.
 * What is derived (the full-text index) is rebuilt; the rule findings are computed again on the
 * new store's first open, as after a change of the rules.
 */
public final class StoreRecovery {
    /** Derived from the other tables, rebuilt rather than copied. */
    private static final Set<String> DERIVED = Set.of("draft_fts");

    private StoreRecovery() {
    }

    public static RecoveryResult run(Path damaged, Path target, Clock clock) {
        Path from = damaged.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from)) {
            throw new StoreException("There is no store " + from + " to recover. Name it with --db.");
        }
        if (Files.exists(to)) {
            throw new StoreException(to + " already exists: recover writes a new store. Name a file that does not exist.");
        }
        Store.open(to, clock).close();
        List<RecoveryResult.Table> results = new ArrayList<>();
        long orphans;
        try (Connection source = Backups.connectReadOnly(from);
             Connection sink = java.sql.DriverManager.getConnection("jdbc:sqlite:" + to)) {
            try (Statement s = sink.createStatement()) {
                s.execute("PRAGMA foreign_keys = OFF"); // rows come table by table; orphans are dropped at the end
            }
            sink.setAutoCommit(false);
            for (Map.Entry<String, Boolean> table : tables(sink).entrySet()) {
                results.add(copy(source, sink, table.getKey(), table.getValue()));
            }
            orphans = dropOrphans(sink);
            try (Statement s = sink.createStatement()) {
                s.execute("INSERT INTO draft_fts (draft_fts) VALUES ('rebuild')");
                // The findings are computed again on the next open, as after a change of the rules.
                s.executeUpdate("DELETE FROM setting WHERE key = 'rules_version'");
            }
            sink.commit();
        } catch (SQLException e) {
            throw new StoreException("Recovering " + from + " into " + to + " failed: " + e.getMessage()
                    + ". The damaged store was only read; delete " + to + " and try another place.", e);
        }
        return new RecoveryResult(from, to, results, orphans);
    }

    /** The new store's tables (name, has a rowid), parents before children. */
    private static Map<String, Boolean> tables(Connection sink) throws SQLException {
        Map<String, Boolean> tables = new LinkedHashMap<>();
        try (Statement s = sink.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                        + " AND name NOT LIKE 'draft_fts%' ORDER BY rootpage")) {
            while (rs.next()) {
                if (!DERIVED.contains(rs.getString(1))) {
                    tables.put(rs.getString(1), !rs.getString(2).contains("WITHOUT ROWID"));
                }
            }
        }
        return tables;
    }

    private static RecoveryResult.Table copy(Connection source, Connection sink, String table, boolean hasRowid) {
        List<String> unreadable = new ArrayList<>();
        List<String> columns;
        try {
            columns = storedColumns(source, table, hasRowid);
        } catch (SQLException e) {
            return new RecoveryResult.Table(table, 0, List.of("the whole table (" + e.getMessage() + ")"));
        }
        if (columns.isEmpty()) {
            return new RecoveryResult.Table(table, 0, List.of());
        }
        StringJoiner names = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        for (String column : columns) {
            names.add("\"" + column + "\"");
            marks.add("?");
        }
        long copied = 0;
        try (PreparedStatement insert = sink.prepareStatement("INSERT OR IGNORE INTO " + table + " ("
                + (hasRowid ? "rowid, " : "") + names + ") VALUES (" + (hasRowid ? "?, " : "") + marks + ")")) {
            if (!hasRowid) {
                try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT " + names + " FROM " + table)) {
                    while (rs.next()) {
                        for (int i = 1; i <= columns.size(); i++) {
                            insert.setObject(i, rs.getObject(i));
                        }
                        insert.executeUpdate();
                        copied++;
                    }
                } catch (SQLException e) {
                    unreadable.add("rows after the " + copied + "th (" + e.getMessage() + ")");
                }
                return new RecoveryResult.Table(table, copied, unreadable);
            }
            long last = Long.MIN_VALUE;
            long max = maxRowid(source, table);
            try (PreparedStatement read = source.prepareStatement("SELECT rowid, " + names + " FROM " + table
                    + " WHERE rowid > ? ORDER BY rowid LIMIT 500")) {
                long skip = 1;
                while (true) {
                    int rows = 0;
                    try {
                        read.setLong(1, last);
                        try (ResultSet rs = read.executeQuery()) {
                            while (rs.next()) {
                                insert.setLong(1, rs.getLong(1));
                                for (int i = 1; i <= columns.size(); i++) {
                                    insert.setObject(i + 1, rs.getObject(i + 1));
                                }
                                insert.executeUpdate();
                                last = rs.getLong(1);
                                rows++;
                                copied++;
                            }
                        }
                        skip = 1;
                        if (rows == 0) {
                            break;
                        }
                    } catch (SQLException e) {
                        if (!StoreProblems.isDamage(e) && !e.getMessage().contains("malformed")) {
                            throw e;
                        }
                        long from = last;
                        last = last == Long.MIN_VALUE ? skip : last + skip;
                        skip *= 2;
                        record(unreadable, from, last);
                        if (max != Long.MIN_VALUE && last > max) {
                            break;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            unreadable.add("rows after rowid " + copied + " (" + e.getMessage() + ")");
        }
        return new RecoveryResult.Table(table, copied, merge(unreadable));
    }

    private static void record(List<String> unreadable, long after, long through) {
        unreadable.add((after == Long.MIN_VALUE ? 0 : after + 1) + "-" + through);
    }

    /** Joins consecutive skipped ranges ("5-5", "6-7", "8-11" → "5-11"). */
    private static List<String> merge(List<String> ranges) {
        List<String> merged = new ArrayList<>();
        long start = 0;
        long end = -2;
        for (String range : ranges) {
            if (!range.matches("\\d+-\\d+")) {
                merged.add(range);
                continue;
            }
            long a = Long.parseLong(range.substring(0, range.indexOf('-')));
            long b = Long.parseLong(range.substring(range.indexOf('-') + 1));
            if (a == end + 1) {
                end = b;
            } else {
                if (end >= 0) {
                    merged.add("rowid " + start + "-" + end);
                }
                start = a;
                end = b;
            }
        }
        if (end >= 0) {
            merged.add("rowid " + start + "-" + end);
        }
        return merged;
    }

    private static long maxRowid(Connection source, String table) {
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT max(rowid) FROM " + table)) {
            return rs.getLong(1);
        } catch (SQLException e) {
            return Long.MIN_VALUE; // the largest key is unreadable too: skipping stops at the first empty read
        }
    }

    /**
     * The columns the table stores, but generated columns (the new store computes them) and an
     * INTEGER PRIMARY KEY (it is the rowid, copied as such).
     */
    private static List<String> storedColumns(Connection source, String table, boolean hasRowid) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> integerKeys = new ArrayList<>();
        int keys = 0;
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_xinfo(" + table + ")")) {
            while (rs.next()) {
                if (rs.getInt("hidden") == 0) {
                    columns.add(rs.getString("name"));
                }
                if (rs.getInt("pk") > 0) {
                    keys++;
                    if ("INTEGER".equalsIgnoreCase(rs.getString("type"))) {
                        integerKeys.add(rs.getString("name"));
                    }
                }
            }
        }
        if (hasRowid && keys == 1) {
            columns.removeAll(integerKeys);
        }
        return columns;
    }

    /** Rows whose parent could not be read (a history row of a lost draft) cannot be kept. */
    private static long dropOrphans(Connection sink) throws SQLException {
        long dropped = 0;
        try (Statement s = sink.createStatement()) {
            // Tables without a rowid: foreign_key_check cannot name their rows.
            dropped += s.executeUpdate("DELETE FROM draft_tag WHERE draft_id NOT IN (SELECT id FROM draft)");
            dropped += s.executeUpdate("DELETE FROM near_pair WHERE a NOT IN (SELECT id FROM draft) OR b NOT IN (SELECT id FROM draft)");
            dropped += s.executeUpdate("DELETE FROM near_anchor WHERE draft_id NOT IN (SELECT id FROM draft)");
            s.executeUpdate("DELETE FROM near_full"); // a bucket may have lost drafts above: counted again when read
        }
        for (int round = 0; round < 3; round++) {
            List<String[]> orphans = new ArrayList<>();
            try (Statement s = sink.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    orphans.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            if (orphans.isEmpty()) {
                break;
            }
            try (Statement s = sink.createStatement()) {
                for (String[] orphan : orphans) {
                    if (orphan[1] != null) {
                        dropped += s.executeUpdate("DELETE FROM " + orphan[0] + " WHERE rowid = " + Long.parseLong(orphan[1]));
                    }
                }
            }
        }
        return dropped;
    }
}
