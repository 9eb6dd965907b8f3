package com.copydesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** One step of the schema: the statements that take the store from {@code version - 1} to it. */
public record Migration(int version, String description, List<String> statements) {

    void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + version);
        }
    }
}
