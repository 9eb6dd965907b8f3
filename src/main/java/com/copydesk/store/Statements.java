package com.copydesk.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Prepared statements kept per connection, so that SQLite parses a statement once rather than
 * at every call: flagging a draft runs a dozen small queries, and preparing them cost more than
 * running them. Closing a statement from here keeps it for the next call (its users keep their
 * try-with-resources); it must not be used again before its result set is closed. Connections
 * are used by one thread at a time (see {@link Store}), and so are their statements.
 */
final class Statements {
    private static final int PER_CONNECTION = 128;
    private static final Map<Connection, Map<String, PreparedStatement>> CACHE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private Statements() {
    }

    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> cached = CACHE.computeIfAbsent(c, k -> new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= PER_CONNECTION) {
                    return false;
                }
                try {
                    eldest.getValue().close();
                } catch (SQLException ignored) {
                    // a statement that cannot close is dropped all the same
                }
                return true;
            }
        });
        PreparedStatement statement = cached.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = c.prepareStatement(sql);
            cached.put(sql, statement);
        } else {
            statement.clearParameters();
            statement.clearBatch(); // what a batch that failed left must not run with the next one
        }
        return keptOnClose(statement);
    }

    private static PreparedStatement keptOnClose(PreparedStatement statement) {
        return (PreparedStatement) Proxy.newProxyInstance(Statements.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(statement, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
