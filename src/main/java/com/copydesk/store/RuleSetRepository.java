package com.copydesk.store;

import com.copydesk.model.StoredRuleSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * A team store's rule set, in the database: each {@code rules --load} adds a version under a key
 * of its own in {@code setting} ({@code rule_set.000000000042}), never overwriting one, so that
 * who changed the rules and when stays readable and two editors loading at once cannot lose a
 * version (the second insert of the same key fails and takes the next). Kept in {@code setting}
 * rather than a table of its own so that the schema, shared by both stores, stays as it is, and
 * {@code copy-store} carries the rule set with the rest of the settings.
 */
public final class RuleSetRepository {
    static final String PREFIX = "rule_set.";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rule set in force: the newest version; empty when none was loaded (the defaults apply). */
    public Optional<StoredRuleSet> newest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting WHERE key LIKE ? "
                + "ORDER BY key DESC LIMIT 1")) {
            ps.setString(1, PREFIX + "%");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(parse(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    /** Adds the next version; returns it. Inside a transaction of its own: a lost race is retried by the caller. */
    public StoredRuleSet add(Connection c, String yaml, String editor, Instant at) throws SQLException {
        long version = newest(c).map(StoredRuleSet::version).orElse(0L) + 1;
        ObjectNode value = JSON.createObjectNode();
        value.put("yaml", yaml);
        value.put("editor", editor);
        value.put("changed_at", at.toString());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
            ps.setString(1, key(version));
            ps.setString(2, value.toString());
            ps.executeUpdate();
        }
        return new StoredRuleSet(version, yaml, editor, at);
    }

    /** Removes every version: for a store whose rules are a file beside it. */
    public void forget(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key LIKE ?")) {
            ps.setString(1, PREFIX + "%");
            ps.executeUpdate();
        }
    }

    static String key(long version) {
        return PREFIX + String.format("%012d", version);
    }

    private static StoredRuleSet parse(String key, String value) throws SQLException {
        try {
            JsonNode node = JSON.readTree(value);
            return new StoredRuleSet(Long.parseLong(key.substring(PREFIX.length())), node.path("yaml").asText(),
                    node.path("editor").isNull() ? null : node.path("editor").asText(null),
                    Instant.parse(node.path("changed_at").asText()));
        } catch (IOException | RuntimeException e) {
            throw new SQLException("the rule set " + key + " in the store cannot be read: " + e.getMessage(), e);
        }
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public Optional<StoredRuleSet> newest(Tx tx) {
        return tx.sql(this::newest);
    }

    public StoredRuleSet add(Tx tx, String yaml, String editor, Instant at) {
        return tx.sql(c -> add(c, yaml, editor, at));
    }

    public void forget(Tx tx) {
        tx.run(this::forget);
    }
}
