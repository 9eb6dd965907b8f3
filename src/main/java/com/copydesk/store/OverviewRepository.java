package com.copydesk.store;

import com.copydesk.model.ImportTimeline;
import com.copydesk.model.Overview;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.RuleCount;
import com.copydesk.model.ScoreHistogram;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Severity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the overview's charts. Every query counts through an index that holds what it
 * counts, in order: SQLite walks small index entries, never the draft table's rows, and sorts
 * nothing (see {@code OverviewPlanTest}). A score's bins are ranges of {@code coalesce(score, -1)},
 * the queue's score indexes; statuses count through {@code draft_status}; the highest severity
 * through {@code draft_severity}; rules through {@code finding_rule}; import instants through
 * {@code draft_imported_at} (migration 3), one row per import batch, which are put in days here.
 */
public final class OverviewRepository {

    /** The queries by name; the plan test explains each. */
    static final Map<String, String> QUERIES = queries();

    static final String RULE_SEVERITY = "SELECT severity FROM finding WHERE rule = ? LIMIT 1";

    private static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        for (ScoreName score : ScoreName.values()) {
            queries.put(score.key(), histogram(score));
        }
        queries.put("status", "SELECT status, count(*) FROM draft GROUP BY status");
        queries.put("severity", "SELECT severity, count(*) FROM draft WHERE severity > 0 GROUP BY severity");
        queries.put("rule", "SELECT rule, count(DISTINCT draft_id) FROM finding GROUP BY rule");
        queries.put("imported", "SELECT imported_at, count(*) FROM draft GROUP BY imported_at");
        return Map.copyOf(queries);
    }

    /**
     * One row: the drafts without the score, then the drafts in each bin. A range count of each
     * bin, because SQLite (3.50) reads the table for a GROUP BY over an index on an expression of
     * a generated column, but counts a range of the same index without it.
     */
    private static String histogram(ScoreName score) {
        String value = "coalesce(" + score.key() + ", -1)";
        StringBuilder sql = new StringBuilder("SELECT (SELECT count(*) FROM draft WHERE ").append(value).append(" < 0)");
        for (int bin = 0; bin < ScoreHistogram.BINS; bin++) {
            sql.append(", (SELECT count(*) FROM draft WHERE ").append(value).append(" BETWEEN ")
                    .append(ScoreHistogram.low(bin)).append(" AND ").append(ScoreHistogram.high(bin)).append(')');
        }
        return sql.toString();
    }

    /**
     * Reads the overview in one read transaction, so that all its figures are of the same moment
     * even while an import commits.
     *
     * @param zone the time zone whose days the import timeline follows
     */
    public Overview read(Connection c, ZoneId zone) throws SQLException {
        boolean own = c.getAutoCommit();
        if (own) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN DEFERRED");
            }
        }
        try {
            return readAll(c, zone);
        } finally {
            if (own) {
                try (Statement s = c.createStatement()) {
                    s.execute("COMMIT");
                }
            }
        }
    }

    private Overview readAll(Connection c, ZoneId zone) throws SQLException {
        Map<ScoreName, ScoreHistogram> scores = new EnumMap<>(ScoreName.class);
        for (ScoreName score : ScoreName.values()) {
            each(c, QUERIES.get(score.key()), rs -> {
                List<Long> bins = new ArrayList<>(ScoreHistogram.BINS);
                for (int bin = 0; bin < ScoreHistogram.BINS; bin++) {
                    bins.add(rs.getLong(bin + 2));
                }
                scores.put(score, new ScoreHistogram(bins, rs.getLong(1)));
            });
        }
        Map<ReviewStatus, Long> byStatus = new EnumMap<>(ReviewStatus.class);
        long[] drafts = {0};
        each(c, QUERIES.get("status"), rs -> {
            long n = rs.getLong(2);
            drafts[0] += n;
            ReviewStatus.fromKey(rs.getString(1)).ifPresent(status -> byStatus.put(status, n));
        });
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        each(c, QUERIES.get("severity"), rs -> {
            int level = rs.getInt(1);
            if (level >= 1 && level <= Severity.values().length) {
                bySeverity.put(Severity.values()[level - 1], rs.getLong(2));
            }
        });
        Map<String, Long> byRule = new LinkedHashMap<>();
        each(c, QUERIES.get("rule"), rs -> byRule.put(rs.getString(1), rs.getLong(2)));
        List<RuleCount> rules = new ArrayList<>(byRule.size());
        for (Map.Entry<String, Long> e : byRule.entrySet()) {
            rules.add(new RuleCount(e.getKey(), severityOf(c, e.getKey()), e.getValue()));
        }
        rules.sort(Comparator.comparingLong(RuleCount::drafts).reversed().thenComparing(RuleCount::rule));
        Map<Instant, Long> imported = new TreeMap<>();
        each(c, QUERIES.get("imported"), rs -> imported.merge(Instant.parse(rs.getString(1)), rs.getLong(2), Long::sum));
        return new Overview(drafts[0], scores, byStatus, bySeverity, rules, ImportTimeline.of(imported, zone));
    }

    /** The severity the rule's findings carry: one index step and one row, whatever the store's size. */
    private static Severity severityOf(Connection c, String rule) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, RULE_SEVERITY)) {
            ps.setString(1, rule);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Severity.fromKey(rs.getString(1)).orElse(Severity.WARN) : Severity.WARN;
            }
        }
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void each(Connection c, String sql, Row row) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    /** The plan SQLite chooses for each query, by name; the tests keep them on their indexes. */
    public Map<String, List<String>> explain(Connection c) throws SQLException {
        Map<String, String> all = new LinkedHashMap<>(new TreeMap<>(QUERIES));
        all.put("rule severity", RULE_SEVERITY.replace("?", "'low-score'"));
        Map<String, List<String>> plans = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : all.entrySet()) {
            List<String> steps = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + e.getValue())) {
                while (rs.next()) {
                    steps.add(rs.getString("detail"));
                }
            }
            plans.put(e.getKey(), steps);
        }
        return plans;
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public Overview read(Tx tx, ZoneId zone) {
        return tx.sql(c -> read(c, zone));
    }
}
