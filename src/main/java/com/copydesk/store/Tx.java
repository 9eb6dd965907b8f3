package com.copydesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction on the store (or one consistent read), as the layers above the store hold it:
 * they pass it back to the store's repositories and writers and never see the JDBC connection
 * inside, so that only {@code store} speaks SQL and the same use cases run on SQLite and on
 * PostgreSQL. Made by {@link Store#transaction} and {@link Store#reading}; valid only inside them.
 */
public final class Tx {
    private final Connection connection;

    Tx(Connection connection) {
        this.connection = connection;
    }

    /**
     * Runs SQL on this transaction's connection. An {@link SQLException} leaves as a
     * {@link SqlFailure}, which the transaction's boundary in {@link Store} turns back into the
     * store's own message (a damaged file, a full disk, a dropped server), as it does for its own.
     */
    <T> T sql(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** As {@link #sql(SqlWork)}, for SQL that gives nothing back. */
    void run(SqlStep step) {
        sql(c -> {
            step.run(c);
            return null;
        });
    }

    /** SQL run for its effect on the store. */
    @FunctionalInterface
    interface SqlStep {
        void run(Connection c) throws SQLException;
    }
}
