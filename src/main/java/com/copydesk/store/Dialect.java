package com.copydesk.store;

import org.sqlite.SQLiteConnection;

import java.sql.Connection;

/**
 * The few places where SQLite's SQL and PostgreSQL's differ, for the repositories that run on
 * both stores. Everything else they say is written once, in the SQL both understand. The
 * dialect is told by the connection itself, so that the repositories keep taking a plain
 * {@link Connection}: SQLite's are this driver's own connections, PostgreSQL's come from the pool.
 */
public enum Dialect {
    SQLITE,
    POSTGRES;

    public static Dialect of(Connection c) {
        return c instanceof SQLiteConnection ? SQLITE : POSTGRES;
    }

    /** {@code expr} for comparing and sorting without regard to case. */
    public String noCase(String expr) {
        return this == SQLITE ? expr + " COLLATE NOCASE" : "lower(" + expr + ")";
    }

    /** The values listed by one parameter bound to a JSON array of numbers ({@link JsonArray}), as a subquery. */
    public String jsonIds() {
        return this == SQLITE ? "SELECT value FROM json_each(?)"
                : "SELECT value::bigint FROM json_array_elements_text(CAST(? AS json))";
    }

    /** The values listed by one parameter bound to a JSON array of strings, as a subquery. */
    public String jsonTexts() {
        return this == SQLITE ? "SELECT value FROM json_each(?)"
                : "SELECT value FROM json_array_elements_text(CAST(? AS json))";
    }

    /** The values of {@code expr} joined by {@code separator} (a SQL string literal). */
    public String joined(String expr, String separator) {
        return this == SQLITE ? "group_concat(" + expr + ", " + separator + ")"
                : "string_agg(" + expr + ", " + separator + ")";
    }

    /**
     * What ends a query that picks rows to take for one editor: on PostgreSQL the picked drafts
     * are locked and rows another editor is taking at the same moment are skipped, so that
     * concurrent claims neither wait for each other nor pick the same drafts. SQLite has one
     * writer at a time and needs nothing.
     */
    public String skipLocked(String table) {
        return this == SQLITE ? "" : " FOR UPDATE OF " + table + " SKIP LOCKED";
    }

    /**
     * What ends the query an editor's action reads a draft with before it writes it: on
     * PostgreSQL the row stays locked until the action commits, so that two editors deciding the
     * same draft at once are taken one after the other, both kept in its history, as SQLite's
     * one writer at a time takes them (without it the later one would find the version moved on
     * and be refused).
     */
    public String lockForAction() {
        return this == SQLITE ? "" : " FOR UPDATE";
    }
}
