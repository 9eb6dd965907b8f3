package com.copydesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with one connection, inside a transaction when written through {@link Store#write}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
