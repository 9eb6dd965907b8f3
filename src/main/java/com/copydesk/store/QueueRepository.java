package com.copydesk.store;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.DraftStats;
import com.copydesk.model.Finding;
import com.copydesk.model.IntRange;
import com.copydesk.model.QueueKey;
import com.copydesk.model.QueuePlan;
import com.copydesk.model.QueueSort;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.RuleFlag;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Scores;
import com.copydesk.model.Severity;
import com.copydesk.model.SortColumn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The queue's queries: pages of drafts matching a filter, read by keyset (the sort key and id of
 * the last row seen) rather than by OFFSET, so that the thousandth page costs what the first
 * does; counts; and statistics.
 */
public final class QueueRepository {

    /** The SQL of a filter: a WHERE clause and its parameters, in order. */
    record Where(String sql, List<Object> params) {
    }

    /** @param plan from {@link QueuePlan#choose} with the filter's {@link #count} */
    public List<DraftRow> page(Connection c, DraftFilter filter, QueueSort sort, QueueKey after, int limit,
                               QueuePlan plan) throws SQLException {
        Where page = pageQuery(Dialect.of(c), filter, sort, after, limit, plan);
        List<DraftRow> rows = new ArrayList<>(Math.min(limit, 1000));
        try (PreparedStatement ps = Statements.prepare(c, page.sql())) {
            bind(ps, page.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    private static Where pageQuery(Dialect dialect, DraftFilter filter, QueueSort sort, QueueKey after, int limit,
                                   QueuePlan plan) {
        return plan == QueuePlan.FILTER_FIRST && dialect == Dialect.POSTGRES
                ? matchesFirstQuery(filter, sort, after, limit) : pageQuery(filter, sort, after, limit, plan);
    }

    private static Where pageQuery(DraftFilter filter, QueueSort sort, QueueKey after, int limit, QueuePlan plan) {
        if (plan.ordered() && sort.column() == SortColumn.NEWEST && filter.search() != null) {
            return searchPageQuery(filter, sort, after, limit);
        }
        Where where = where(filter, switch (plan) {
            case FILTER_FIRST -> Terms.INDEXED;
            case ORDER_FIRST -> Terms.CHECKED_BY_ROW;
            case ORDER_FIRST_SEARCH_LISTED -> Terms.CHECKED_SEARCH_LISTED;
        });
        String key = sortKey(sort.column());
        StringBuilder sql = new StringBuilder("SELECT d.id, d.reference, d.title, d.status, d.quality, d.freshness, "
                + "d.depth, d.clarity, d.topic, d.last_reviewed, d.checklist_done, d.checklist_total, ")
                .append(key).append(" AS sort_key, (SELECT group_concat(f.rule || ' ' || f.severity, ',') "
                        + "FROM finding f WHERE f.draft_id = d.id) AS flags FROM draft d WHERE ")
                .append(where.sql());
        List<Object> params = new ArrayList<>(where.params());
        String op = sort.ascending() ? ">" : "<";
        if (after != null) {
            if (sort.column() == SortColumn.NEWEST) {
                sql.append(" AND d.id ").append(op).append(" ?");
            } else {
                sql.append(" AND (").append(key).append(", d.id) ").append(op).append(" (?, ?)");
                params.add(after.sortKey());
            }
            params.add(after.id());
        }
        String direction = sort.ascending() ? " ASC" : " DESC";
        sql.append(" ORDER BY ");
        if (sort.column() != SortColumn.NEWEST) {
            sql.append(key).append(direction).append(", ");
        }
        sql.append("d.id").append(direction).append(" LIMIT ?");
        params.add(limit);
        return new Where(sql.toString(), params);
    }

    /**
     * A page of a filter that few drafts match, on PostgreSQL: the matching rows are gathered
     * first (a {@code MATERIALIZED} CTE, planned on its own, so a search starts from the GIN index)
     * and only then sorted, with the draft's columns taken along so that no join can put the order
     * back on the draft table's key. Left to itself, PostgreSQL walks {@code draft} newest first and
     * checks each row when it believes the page fills early: for a word found nowhere it guesses
     * 500 matches and checked all of them (100,000 drafts: {@code idempotency} 24.6 s under load,
     * 5.9 ms so). Only for {@link QueuePlan#FILTER_FIRST}, whose matches were counted: few.
     */
    private static Where matchesFirstQuery(DraftFilter filter, QueueSort sort, QueueKey after, int limit) {
        Where where = where(filter, Terms.INDEXED);
        String key = sortKey(sort.column());
        StringBuilder inner = new StringBuilder("SELECT d.id, d.reference, d.title, d.status, d.quality, d.freshness, "
                + "d.depth, d.clarity, d.topic, d.last_reviewed, d.checklist_done, d.checklist_total, ")
                .append(key).append(" AS sort_key FROM draft d WHERE ").append(where.sql());
        List<Object> params = new ArrayList<>(where.params());
        String op = sort.ascending() ? ">" : "<";
        if (after != null) {
            if (sort.column() == SortColumn.NEWEST) {
                inner.append(" AND d.id ").append(op).append(" ?");
            } else {
                inner.append(" AND (").append(key).append(", d.id) ").append(op).append(" (?, ?)");
                params.add(after.sortKey());
            }
            params.add(after.id());
        }
        String direction = sort.ascending() ? " ASC" : " DESC";
        String order = sort.column() == SortColumn.NEWEST ? "m.id" + direction
                : "m.sort_key" + direction + ", m.id" + direction;
        params.add(limit);
        return new Where("WITH m AS MATERIALIZED (" + inner + ") SELECT m.*, (SELECT group_concat(f.rule || ' ' "
                + "|| f.severity, ',') FROM finding f WHERE f.draft_id = m.id) AS flags FROM m ORDER BY " + order
                + " LIMIT ?", params);
    }

    /**
     * A page of a search that many drafts match, newest (or oldest) first: the full-text index
     * gives its matches in id order itself, from the keyset on, so the page reads about as many
     * matches as it shows (each checked against the rest of the filter) instead of listing every
     * match first (1,000,000 drafts: caching, 100,014 matches, 15 -> 1 ms a page; the prefix rollb*,
     * which every draft has, 150 -> 40 ms).
     */
    private static Where searchPageQuery(DraftFilter filter, QueueSort sort, QueueKey after, int limit) {
        Where rest = where(filter.withSearch(null), Terms.CHECKED_BY_ROW);
        StringBuilder sql = new StringBuilder("SELECT d.id, d.reference, d.title, d.status, d.quality, d.freshness, "
                + "d.depth, d.clarity, d.topic, d.last_reviewed, d.checklist_done, d.checklist_total, d.id AS sort_key, "
                + "(SELECT group_concat(f.rule || ' ' || f.severity, ',') FROM finding f WHERE f.draft_id = d.id) "
                + "AS flags FROM draft_fts JOIN draft d ON d.id = draft_fts.rowid WHERE draft_fts MATCH ? AND ")
                .append(rest.sql());
        List<Object> params = new ArrayList<>();
        params.add(FtsQuery.from(filter.search()));
        params.addAll(rest.params());
        if (after != null) {
            sql.append(" AND draft_fts.rowid ").append(sort.ascending() ? ">" : "<").append(" ?");
            params.add(after.id());
        }
        sql.append(" ORDER BY draft_fts.rowid").append(sort.ascending() ? " ASC" : " DESC").append(" LIMIT ?");
        params.add(limit);
        return new Where(sql.toString(), params);
    }

    /**
     * How many drafts match. A filter that is only a search or only a rule is counted in the
     * full-text index or the findings alone, without a look-up of each matching draft (every row
     * of both belongs to a draft): measured on 1,000,000 drafts, 25 ms rather than 720 ms for a
     * word most drafts have, 65 ms rather than 740 ms for a rule that flags every draft. A filter
     * of statuses and flags alone, the queue's first question, is read from the counts the store
     * keeps ({@link #stateCount}).
     */
    public long count(Connection c, DraftFilter filter) throws SQLException {
        Where where = countQuery(filter);
        try (PreparedStatement ps = Statements.prepare(c, where.sql())) {
            bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static Where countQuery(DraftFilter filter) {
        if (stateOnly(filter)) {
            return stateCount(filter);
        }
        DraftFilter rest = filter.withSearch(null).withRule(null);
        if (rest.equals(DraftFilter.ALL) && filter.search() != null && filter.rule() == null) {
            return new Where("SELECT count(*) FROM draft_fts WHERE draft_fts MATCH ?",
                    List.of(FtsQuery.from(filter.search())));
        }
        if (rest.equals(DraftFilter.ALL) && filter.rule() != null && filter.search() == null) {
            return new Where("SELECT count(DISTINCT draft_id) FROM finding WHERE rule = ?", List.of(filter.rule()));
        }
        Where where = where(filter, false);
        boolean listed = filter.search() != null || filter.rule() != null || !filter.stacks().isEmpty()
                || !filter.tools().isEmpty();
        boolean stateOnly = filter.scoreRanges().isEmpty() && filter.difficulties().isEmpty();
        // A search, rule or tag lists its drafts; status and flags are then looked up for each in
        // the narrow draft_state index rather than in the draft table.
        String table = listed && stateOnly ? "draft d INDEXED BY draft_state" : "draft d";
        return new Where("SELECT count(*) FROM " + table + " WHERE " + where.sql(), where.params());
    }

    /** Whether the filter says no more than statuses and flags, which {@code draft_count} counts. */
    static boolean stateOnly(DraftFilter filter) {
        DraftFilter state = DraftFilter.ALL.withStatuses(filter.statuses());
        if (filter.flagged() != null) {
            state = filter.flagged() ? state.withFlaggedOnly(true) : state.withUnflaggedOnly();
        }
        return state.equals(filter);
    }

    /**
     * How many drafts have these statuses and flags, from the counts the store's triggers keep
     * (schema version 11): a few rows summed, however many drafts there are, where COUNT(*) walks
     * an index of every matching draft. Flagged is severity 2 or more, as the draft's own column says.
     */
    private static Where stateCount(DraftFilter filter) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!filter.statuses().isEmpty() && filter.statuses().size() < ReviewStatus.values().length) {
            List<ReviewStatus> statuses = filter.statuses().stream().sorted().toList();
            parts.add("status IN (" + placeholders(statuses.size()) + ")");
            statuses.forEach(st -> params.add(st.key()));
        }
        if (filter.flagged() != null) {
            parts.add(filter.flagged() ? "severity >= 2" : "severity < 2");
        }
        return new Where("SELECT coalesce(sum(drafts), 0) FROM draft_count"
                + (parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts)), params);
    }

    /**
     * For these drafts: how many exist, how many a rule flags, how many have a blocking finding
     * ({@code [drafts, flagged, blocked]}). The ids go to SQLite as JSON arrays, in chunks.
     */
    public long[] flagSummary(Connection c, List<Long> ids) throws SQLException {
        long[] counts = new long[3];
        int chunk = 50_000;
        for (int from = 0; from < ids.size(); from += chunk) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + chunk));
            try (PreparedStatement ps = Statements.prepare(c, "SELECT count(*), coalesce(sum(flagged), 0), "
                    + "coalesce(sum(severity >= 3), 0) FROM draft WHERE id IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, part.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    for (int i = 0; i < 3; i++) {
                        counts[i] += rs.getLong(i + 1);
                    }
                }
            }
        }
        return counts;
    }

    /** Every id matching the filter, in id order, without holding the rows. */
    public void forEachId(Connection c, DraftFilter filter, LongConsumer consumer) throws SQLException {
        Where where = where(filter, false);
        try (PreparedStatement ps = Statements.prepare(c, "SELECT d.id FROM draft d WHERE " + where.sql()
                + " ORDER BY d.id")) {
            bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs.getLong(1));
                }
            }
        }
    }

    /**
     * The key of every {@code pageSize}-th row in the given order: the last row of each page, so
     * that any page can then be read by keyset. One pass over the matching rows, inside SQLite.
     */
    public List<QueueKey> pageEnds(Connection c, DraftFilter filter, QueueSort sort, QueuePlan plan, int pageSize)
            throws SQLException {
        // one pass over every matching row: a search or rule is listed once, never checked row by row
        Where where = where(filter, plan.ordered() ? Terms.CHECKED_LISTED : Terms.INDEXED);
        String key = sortKey(sort.column());
        String direction = sort.ascending() ? " ASC" : " DESC";
        String order = sort.column() == SortColumn.NEWEST ? "d.id" + direction : key + direction + ", d.id" + direction;
        String sql = "SELECT sort_key, id FROM (SELECT " + key + " AS sort_key, d.id AS id, row_number() OVER (ORDER BY "
                + order + ") AS n FROM draft d WHERE " + where.sql() + ") AS numbered WHERE n % ? = 0 ORDER BY n";
        List<Object> params = new ArrayList<>(where.params());
        params.add(pageSize);
        List<QueueKey> ends = new ArrayList<>();
        try (PreparedStatement ps = Statements.prepare(c, sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ends.add(new QueueKey(rs.getObject(1), rs.getLong(2)));
                }
            }
        }
        return ends;
    }

    /**
     * The plan the database chooses for a page query (SQLite's {@code EXPLAIN QUERY PLAN} steps,
     * PostgreSQL's {@code EXPLAIN} lines); the tests use it to keep every queue query on an index.
     */
    public List<String> explainPage(Connection c, DraftFilter filter, QueueSort sort, QueueKey after,
                                    QueuePlan plan) throws SQLException {
        Dialect dialect = Dialect.of(c);
        Where page = pageQuery(dialect, filter, sort, after, 100, plan);
        List<String> steps = new ArrayList<>();
        String explain = dialect == Dialect.POSTGRES ? "EXPLAIN " : "EXPLAIN QUERY PLAN ";
        try (PreparedStatement ps = Statements.prepare(c, explain + page.sql())) {
            bind(ps, page.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getString(dialect == Dialect.POSTGRES ? "QUERY PLAN" : "detail"));
                }
            }
        }
        return steps;
    }

    public DraftStats stats(Connection c) throws SQLException {
        Map<ReviewStatus, Long> byStatus = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus status : ReviewStatus.values()) {
            byStatus.put(status, 0L);
        }
        long total = 0;
        try (Statement s = c.createStatement()) {
            // the counts the triggers keep (see stateCount), not a walk of every draft
            try (ResultSet rs = s.executeQuery("SELECT status, sum(drafts) FROM draft_count GROUP BY status")) {
                while (rs.next()) {
                    long n = rs.getLong(2);
                    ReviewStatus.fromKey(rs.getString(1)).ifPresent(st -> byStatus.put(st, n));
                    total += n;
                }
            }
            Map<String, Long> byRule = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT rule, count(DISTINCT draft_id) FROM finding GROUP BY rule ORDER BY rule")) {
                while (rs.next()) {
                    byRule.put(rs.getString(1), rs.getLong(2));
                }
            }
            long flagged;
            try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(drafts), 0) FROM draft_count WHERE severity >= 2")) {
                flagged = rs.next() ? rs.getLong(1) : 0;
            }
            return new DraftStats(total, byStatus, byRule, flagged);
        }
    }

    /** Distinct values of a tag kind ({@code stack} or {@code tool}) with how many drafts have each. */
    public Map<String, Long> tagValues(Connection c, String kind) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (PreparedStatement ps = Statements.prepare(c, 
                "SELECT value, count(*) FROM draft_tag WHERE kind = ? GROUP BY value ORDER BY value COLLATE NOCASE")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return values;
    }

    public Map<String, Long> difficulties(Connection c) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT difficulty, count(*) FROM draft WHERE difficulty IS NOT NULL GROUP BY difficulty "
                        + "ORDER BY difficulty")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
        }
        return values;
    }

    static String sortKey(SortColumn column) {
        return switch (column) {
            case NEWEST -> "d.id";
            case TITLE -> "d.title COLLATE NOCASE";
            case STATUS -> "d.status";
            case SEVERITY -> "d.severity";
            case QUALITY -> "coalesce(d.quality, -1)";
            case FRESHNESS -> "coalesce(d.freshness, -1)";
            case DEPTH -> "coalesce(d.depth, -1)";
            case CLARITY -> "coalesce(d.clarity, -1)";
            case TOPIC -> "coalesce(d.topic, '') COLLATE NOCASE";
            case LAST_REVIEWED -> "coalesce(d.last_reviewed, '')";
        };
    }

    /** How the terms of a filter are written. */
    enum Terms {
        /** So that SQLite may use their indexes to find the matching drafts. */
        INDEXED,
        /**
         * So that no index is used to find drafts (SQLite's unary {@code +}), leaving the sort
         * column's index to drive the query; a rule, tag or search lists its drafts once per query.
         */
        CHECKED_LISTED,
        /** As {@link #CHECKED_LISTED}, but a rule, tag or search is looked up for each row walked. */
        CHECKED_BY_ROW,
        /** Rules and tags looked up for each row, a search listed once. */
        CHECKED_SEARCH_LISTED
    }

    /**
     * @param check write every term so that no index is used for it (SQLite's unary {@code +}),
     *              leaving the sort column's index to drive the query
     */
    static Where where(DraftFilter filter, boolean check) {
        return where(filter, check ? Terms.CHECKED_LISTED : Terms.INDEXED);
    }

    static Where where(DraftFilter filter, Terms terms) {
        boolean check = terms != Terms.INDEXED;
        boolean byRow = terms == Terms.CHECKED_BY_ROW || terms == Terms.CHECKED_SEARCH_LISTED;
        String p = check ? "+" : "";
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!filter.statuses().isEmpty() && filter.statuses().size() < ReviewStatus.values().length) {
            List<ReviewStatus> statuses = filter.statuses().stream().sorted().toList();
            parts.add(p + "d.status IN (" + placeholders(statuses.size()) + ")");
            statuses.forEach(s -> params.add(s.key()));
        }
        if (filter.flagged() != null) {
            parts.add(p + "d.flagged = " + (filter.flagged() ? 1 : 0));
        }
        if (filter.rule() != null) {
            // By row: one look-up in finding_rule (rule, draft_id) for each row walked, where a
            // list would first gather every draft the rule flags (800,000 of 1,000,000: 120 ms).
            parts.add(byRow ? "EXISTS (SELECT 1 FROM finding f WHERE f.rule = ? AND f.draft_id = d.id)"
                    : p + "d.id IN (SELECT draft_id FROM finding WHERE rule = ?)");
            params.add(filter.rule());
        }
        if (filter.search() != null) {
            parts.add(terms == Terms.CHECKED_BY_ROW
                    ? "EXISTS (SELECT 1 FROM draft_fts WHERE draft_fts MATCH ? AND draft_fts.rowid = d.id)"
                    : p + "d.id IN (SELECT rowid FROM draft_fts WHERE draft_fts MATCH ?)");
            params.add(FtsQuery.from(filter.search()));
        }
        for (ScoreName score : ScoreName.values()) {
            IntRange range = filter.scoreRanges().get(score);
            if (range != null) {
                // The same expression as the score's index; a draft without the score is -1.
                parts.add(p + "coalesce(d." + score.key() + ", -1) BETWEEN ? AND ?");
                params.add(range.min());
                params.add(range.max());
            }
        }
        if (!filter.difficulties().isEmpty()) {
            List<String> values = filter.difficulties().stream().sorted().toList();
            parts.add(p + "d.difficulty IN (" + placeholders(values.size()) + ")");
            params.addAll(values);
        }
        tagFilter(p, byRow, "stack", filter.stacks().stream().sorted().toList(), parts, params);
        tagFilter(p, byRow, "tool", filter.tools().stream().sorted().toList(), parts, params);
        if (filter.nearOf() != null) {
            // the draft and its direct pairs only: a handful of ids, found in near_pair's two indexes
            parts.add(p + "d.id IN (SELECT ? UNION SELECT b FROM near_pair WHERE a = ? UNION SELECT a FROM near_pair WHERE b = ?)");
            params.add(filter.nearOf());
            params.add(filter.nearOf());
            params.add(filter.nearOf());
        }
        if (filter.heldBy() != null) {
            // "My claims": the pending drafts whose running claim is the editor's; claim_editor finds them
            parts.add(p + "d.id IN (SELECT k.draft_id FROM claim k JOIN draft h ON h.id = k.draft_id "
                    + "WHERE k.editor = ? AND k.until > ? AND h.status = 'pending')");
            params.add(filter.heldBy());
            params.add(filter.heldAt() == null ? 0L : filter.heldAt().toEpochMilli());
        }
        return new Where(parts.isEmpty() ? "1 = 1" : String.join(" AND ", parts), params);
    }

    private static void tagFilter(String p, boolean byRow, String kind, List<String> values, List<String> parts,
                                  List<Object> params) {
        if (values.isEmpty()) {
            return;
        }
        parts.add(byRow
                ? "EXISTS (SELECT 1 FROM draft_tag t WHERE t.kind = ? AND t.value IN (" + placeholders(values.size())
                        + ") AND t.draft_id = d.id)"
                : p + "d.id IN (SELECT draft_id FROM draft_tag WHERE kind = ? AND value IN ("
                        + placeholders(values.size()) + "))");
        params.add(kind);
        params.addAll(values);
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static DraftRow row(ResultSet rs) throws SQLException {
        List<RuleFlag> flags = new ArrayList<>();
        String flagText = rs.getString("flags");
        if (flagText != null) {
            for (String part : flagText.split(",")) {
                int space = part.lastIndexOf(' ');
                flags.add(new RuleFlag(part.substring(0, space),
                        Severity.fromKey(part.substring(space + 1)).orElse(Severity.WARN)));
            }
            flags.sort(Finding.mostSevereFirst(RuleFlag::severity, RuleFlag::rule));
        }
        return new DraftRow(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                ReviewStatus.fromKey(rs.getString("status")).orElse(ReviewStatus.PENDING), flags,
                new Scores(Sql.getInteger(rs, "quality"), Sql.getInteger(rs, "freshness"),
                        Sql.getInteger(rs, "depth"), Sql.getInteger(rs, "clarity")),
                rs.getString("topic"), rs.getString("last_reviewed"), rs.getInt("checklist_done"),
                rs.getInt("checklist_total"), rs.getObject("sort_key"));
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public long[] flagSummary(Tx tx, List<Long> ids) {
        return tx.sql(c -> flagSummary(c, ids));
    }

    public void forEachId(Tx tx, DraftFilter filter, LongConsumer consumer) {
        tx.run(c -> forEachId(c, filter, consumer));
    }

    public List<DraftRow> page(Tx tx, DraftFilter filter, QueueSort sort, QueueKey after, int limit, QueuePlan plan) {
        return tx.sql(c -> page(c, filter, sort, after, limit, plan));
    }

    public List<QueueKey> pageEnds(Tx tx, DraftFilter filter, QueueSort sort, QueuePlan plan, int pageSize) {
        return tx.sql(c -> pageEnds(c, filter, sort, plan, pageSize));
    }

    public long count(Tx tx, DraftFilter filter) {
        return tx.sql(c -> count(c, filter));
    }

    public DraftStats stats(Tx tx) {
        return tx.sql(this::stats);
    }

    public Map<String, Long> tagValues(Tx tx, String kind) {
        return tx.sql(c -> tagValues(c, kind));
    }

    public Map<String, Long> difficulties(Tx tx) {
        return tx.sql(this::difficulties);
    }
}
