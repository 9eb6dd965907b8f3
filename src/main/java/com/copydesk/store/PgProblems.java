package com.copydesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Messages for a team store that cannot be used: each names the server or database, says what is
 * wrong and what to do, as the command line prints it (exit 3). The driver's own words follow in
 * parentheses; they never hold the password (it never has one to show).
 */
public final class PgProblems {
    private PgProblems() {
    }

    /**
     * Whether {@code failure} came of the connection itself breaking (the server terminated the
     * backend, restarted, or the network dropped), not of the statement: then the server has rolled
     * back the open transaction, and the pool must not hand the connection out again.
     */
    static boolean connectionLost(Connection c, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /**
     * A write whose connection broke: before the commit the server rolled all of it back; during
     * the commit nobody can tell whether the commit arrived, and the message says so.
     */
    static StoreException lostDuringWrite(PgAddress address, boolean committing, Throwable failure) {
        String detail = failure.getMessage() == null ? "" : " (" + failure.getMessage() + ")";
        String outcome = committing
                ? "while it committed: it may or may not have been stored; look (show, stats) before doing it again"
                : "before it committed: the server rolled all of it back, nothing of it was stored; do it again";
        return new StoreException("The connection to the PostgreSQL server at " + address.server()
                + " was lost in the middle of the write" + detail + ", " + outcome + ".", failure);
    }

    public static StoreException of(PgAddress address, String doing, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = " (" + e.getMessage() + ")";
        if (state.startsWith("08") && !state.equals("08004") && !state.equals("08P01")) {
            return new StoreException("Cannot reach the PostgreSQL server at " + address.server() + detail
                    + ". Is it running, and does it accept TCP connections on that host and port? "
                    + "Check the address in --db or COPYDESK_DB.", e);
        }
        if (state.equals("28P01") || state.equals("28000") || state.equals("08004")
                || e.getMessage() != null && e.getMessage().contains("no password was provided")) {
            return new StoreException("The PostgreSQL server at " + address.server() + " refused "
                    + (address.user() == null ? "this user" : "the user " + address.user()) + " for the database "
                    + address.database() + ": wrong or missing password" + detail
                    + ". Set it in PGPASSWORD or ~/.pgpass (never on the command line).", e);
        }
        if (state.equals("3D000")) {
            return new StoreException("The database " + address.database() + " does not exist on " + address.server()
                    + ". Create it (createdb -O ROLE " + address.database() + ") or name another with --db.", e);
        }
        if (state.equals("42501")) {
            return new StoreException("The role " + (address.user() == null ? "" : address.user() + " ")
                    + "may not use the database " + address.database() + " on " + address.server() + detail
                    + ". Make it the database's owner (ALTER DATABASE … OWNER TO …) or grant it the rights.", e);
        }
        return new StoreException(doing + " the team store " + address + " failed: " + e.getMessage(), e);
    }
}
