package com.copydesk.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repositories' SQL, said in PostgreSQL's words: the few SQLite forms they use (FTS5's
 * {@code MATCH} and {@code rowid}, {@code group_concat}, {@code json_each}, {@code COLLATE NOCASE},
 * {@code INSERT OR IGNORE}, {@code INDEXED BY}, sums of comparisons) are rewritten as each
 * statement is prepared, once per statement text. So the repositories stay one copy for both
 * stores; what cannot be rewritten (filling the full-text index) asks {@code Dialect} instead.
 */
public final class PgSql {
    private static final Map<String, Rewritten> CACHE = new ConcurrentHashMap<>();

    /** The statement for PostgreSQL, and which of its parameters hold an FTS5 query to translate. */
    record Rewritten(String sql, Set<Integer> ftsParameters) {
    }

    private static final List<String[]> PLAIN = List.of(
            new String[] {"group_concat(", "string_agg("},
            new String[] {" INDEXED BY draft_state", ""},
            new String[] {"draft_fts.rowid", "draft_fts.draft_id"},
            new String[] {"SELECT rowid FROM draft_fts", "SELECT draft_id FROM draft_fts"},
            new String[] {"id IN (SELECT value FROM json_each(?))",
                    "id IN (SELECT value::bigint FROM json_array_elements_text(CAST(? AS json)))"},
            new String[] {"SELECT value FROM json_each(?)", "SELECT value FROM json_array_elements_text(CAST(? AS json))"},
            new String[] {"SELECT DISTINCT value FROM json_each(?)",
                    "SELECT DISTINCT value::bigint FROM json_array_elements_text(CAST(? AS json))"});
    private static final Pattern NOCASE = Pattern.compile("(coalesce\\([\\w.]+, ''\\)|[\\w.]+) COLLATE NOCASE");
    private static final Pattern SUM_OF_TEST = Pattern.compile("sum\\(([\\w.]+ (?:>=|<=|<>|=|>|<) [\\w.?']+)\\)");
    private static final Pattern INSERT_OR_IGNORE = Pattern.compile("^INSERT OR IGNORE INTO (.*)$", Pattern.DOTALL);
    private static final Pattern MATCH = Pattern.compile("draft_fts MATCH \\?");

    private PgSql() {
    }

    static Rewritten rewrite(String sql) {
        return CACHE.computeIfAbsent(sql, PgSql::translate);
    }

    private static Rewritten translate(String sql) {
        String out = sql;
        for (String[] pair : PLAIN) {
            out = out.replace(pair[0], pair[1]);
        }
        out = NOCASE.matcher(out).replaceAll("lower($1)");
        out = SUM_OF_TEST.matcher(out).replaceAll("sum(CASE WHEN $1 THEN 1 ELSE 0 END)");
        Matcher ignore = INSERT_OR_IGNORE.matcher(out);
        if (ignore.matches()) {
            out = "INSERT INTO " + ignore.group(1) + " ON CONFLICT DO NOTHING";
        }
        // Which parameters are FTS5 queries: count the question marks before each MATCH.
        Set<Integer> fts = new HashSet<>();
        Matcher match = MATCH.matcher(out);
        while (match.find()) {
            fts.add(parametersBefore(out, match.end() - 1) + 1);
        }
        out = MATCH.matcher(out).replaceAll("draft_fts.doc @@ CAST(? AS tsquery)");
        return new Rewritten(out, Set.copyOf(fts));
    }

    private static int parametersBefore(String sql, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (sql.charAt(i) == '?') {
                n++;
            }
        }
        return n;
    }

    /** The connection, speaking PostgreSQL to the repositories' SQL. */
    public static Connection translating(Connection c) {
        return (Connection) Proxy.newProxyInstance(PgSql.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                        Rewritten rewritten = rewrite(sql);
                        args[0] = rewritten.sql();
                        PreparedStatement ps = (PreparedStatement) invoke(method, c, args);
                        return translatingQueries(ps, rewritten.ftsParameters());
                    }
                    if (name.equals("createStatement")) {
                        return statement((Statement) invoke(method, c, args));
                    }
                    if (name.equals("unwrap") && args[0] == Connection.class) {
                        return proxy;
                    }
                    return invoke(method, c, args);
                });
    }

    private static PreparedStatement translatingQueries(PreparedStatement ps, Set<Integer> ftsParameters) {
        return (PreparedStatement) Proxy.newProxyInstance(PgSql.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if ((method.getName().equals("setString") || method.getName().equals("setObject"))
                            && args[0] instanceof Integer index && ftsParameters.contains(index)
                            && args[1] instanceof String fts) {
                        ps.setString(index, PgSearch.query(fts));
                        return null;
                    }
                    Object result = invoke(method, ps, args);
                    return result instanceof ResultSet rs ? firstRowOnGet(rs) : result;
                });
    }

    private static Statement statement(Statement s) {
        return (Statement) Proxy.newProxyInstance(PgSql.class.getClassLoader(), new Class<?>[] {Statement.class},
                (proxy, method, args) -> {
                    if (args != null && args.length > 0 && args[0] instanceof String sql
                            && (method.getName().startsWith("execute") || method.getName().equals("addBatch"))) {
                        args[0] = rewrite(sql).sql();
                    }
                    Object result = invoke(method, s, args);
                    return result instanceof ResultSet rs ? firstRowOnGet(rs) : result;
                });
    }

    /**
     * A result whose first row can be read without {@code next()}, as SQLite's driver allows and
     * the repositories' one-row queries ({@code SELECT count(*)}, {@code RETURNING}) rely on.
     */
    private static ResultSet firstRowOnGet(ResultSet rs) {
        boolean[] moved = {false};
        return (ResultSet) Proxy.newProxyInstance(PgSql.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("next")) {
                        moved[0] = true;
                    } else if (!moved[0] && name.startsWith("get") && args != null && args.length >= 1
                            && !name.equals("getMetaData")) {
                        moved[0] = true;
                        rs.next();
                    }
                    return invoke(method, rs, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
