package com.copydesk.store;

import java.sql.Connection;

/**
 * A {@link Tx} over a connection a test or benchmark already holds inside {@code Store.write}:
 * for test code that writes its own rows with SQL and then runs a use case in the same transaction.
 */
public final class TestTx {
    private TestTx() {
    }

    public static Tx of(Connection c) {
        return new Tx(c);
    }
}
