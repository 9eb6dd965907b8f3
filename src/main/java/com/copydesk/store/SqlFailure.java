package com.copydesk.store;

import java.sql.SQLException;

/**
 * An {@link SQLException} on its way out of work given as a {@link TxWork}, which cannot throw
 * it: the store's transaction boundary takes the SQLException back out and reports it as its own.
 */
final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(SQLException cause) {
        super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
