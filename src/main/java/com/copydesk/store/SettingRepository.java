package com.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Small named values the store keeps about itself (the rule set its findings follow, and such). */
public final class SettingRepository {

    public Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, 
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public Optional<String> get(Tx tx, String key) {
        return tx.sql(c -> get(c, key));
    }

    public void put(Tx tx, String key, String value) {
        tx.run(c -> put(c, key, value));
    }
}
