package com.copydesk.store;

import org.sqlite.SQLiteConnection;

import java.sql.Connection;

/**
 * The few places where SQLite's SQL and PostgreSQL's differ in what a statement does, not only in
 * how it is spelled (spelling is {@link PgSql}'s: it rewrites SQLite's forms as a statement is
 * prepared). Everything else the repositories say is written once. The
 * dialect is told by the connection itself, so that the repositories keep taking a plain
 * {@link Connection}: SQLite's are this driver's own connections, PostgreSQL's come from the pool.
 */
public enum Dialect {
    SQLITE,
    POSTGRES;

    public static Dialect of(Connection c) {
        return c instanceof SQLiteConnection ? SQLITE : POSTGRES;
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
