package com.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What relates drafts to each other: normalised title keys, MinHash signatures with their LSH
 * buckets, and the near-duplicate pairs found through them. The review layer computes the
 * values (with the rules' algorithms); this class only stores and looks them up.
 */
public final class CorpusRepository {

    /** A near-duplicate partner of a draft. */
    public record Partner(long id, String reference, double similarity) {
    }

    /** What the rules compare: a draft's title and body. */
    public record Text(long id, String title, String body) {
    }

    public List<Text> texts(Connection c, Collection<Long> ids) throws SQLException {
        List<Text> texts = new ArrayList<>();
        try (PreparedStatement ps = Statements.prepare(c, "SELECT d.id, d.title, t.body FROM draft d JOIN draft_text t ON t.draft_id = d.id WHERE d.id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        texts.add(new Text(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
        }
        return texts;
    }

    /** Up to {@code limit} drafts' texts with ids above {@code afterId}, in id order. */
    public List<Text> textsAfter(Connection c, long afterId, int limit) throws SQLException {
        List<Text> texts = new ArrayList<>(limit);
        try (PreparedStatement ps = Statements.prepare(c, 
                "SELECT d.id, d.title, t.body FROM draft d JOIN draft_text t ON t.draft_id = d.id "
                        + "WHERE d.id > ? ORDER BY d.id LIMIT ?")) {
            ps.setLong(1, afterId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    texts.add(new Text(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return texts;
    }

    /** The references of these drafts. */
    public Map<Long, String> references(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, String> references = new HashMap<>();
        try (PreparedStatement ps = Statements.prepare(c, "SELECT reference FROM draft WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        references.put(id, rs.getString(1));
                    }
                }
            }
        }
        return references;
    }

    public String titleKey(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT title_key FROM draft WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public void setTitleKey(Connection c, long id, String key) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "UPDATE draft SET title_key = ? WHERE id = ?")) {
            ps.setString(1, key);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Ids of drafts with this title key, at most {@code limit}. */
    public List<Long> withTitleKey(Connection c, String key, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (key == null) {
            return ids;
        }
        try (PreparedStatement ps = Statements.prepare(c, "SELECT id FROM draft WHERE title_key = ? ORDER BY id LIMIT ?")) {
            ps.setString(1, key);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** References of other drafts with the draft's title key (at most {@code limit}) and how many there are. */
    public Map.Entry<List<String>, Integer> sameTitle(Connection c, long id, int limit) throws SQLException {
        List<String> references = new ArrayList<>();
        int count = 0;
        try (PreparedStatement ps = Statements.prepare(c, "SELECT o.reference FROM draft d JOIN draft o "
                + "ON o.title_key = d.title_key AND o.id <> d.id WHERE d.id = ? ORDER BY o.id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (count++ < limit) {
                        references.add(rs.getString(1));
                    }
                }
            }
        }
        return Map.entry(references, count);
    }

    /** A draft's stored signature, or null. */
    public byte[] signature(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT signature FROM minhash WHERE draft_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /** Stores a draft's signature and its buckets in place of the old ones (none for a new draft). */
    public void saveSignature(Connection c, long id, byte[] signature, long[] buckets, long[] oldBuckets)
            throws SQLException {
        try (PreparedStatement sig = Statements.prepare(c,
                "INSERT INTO minhash (draft_id, signature) VALUES (?, ?) "
                        + "ON CONFLICT (draft_id) DO UPDATE SET signature = excluded.signature");
             PreparedStatement clear = Statements.prepare(c, "DELETE FROM lsh_bucket WHERE bucket = ? AND draft_id = ?");
             PreparedStatement bucket = Statements.prepare(c,
                     "INSERT OR IGNORE INTO lsh_bucket (bucket, draft_id) VALUES (?, ?)")) {
            sig.setLong(1, id);
            sig.setBytes(2, signature);
            sig.executeUpdate();
            for (long old : oldBuckets) {
                clear.setLong(1, old);
                clear.setLong(2, id);
                clear.addBatch();
            }
            if (oldBuckets.length > 0) {
                clear.executeBatch();
            }
            for (long b : buckets) {
                bucket.setLong(1, b);
                bucket.setLong(2, id);
                bucket.addBatch();
            }
            bucket.executeBatch();
        }
    }

    /** Other drafts sharing at least one bucket, with their signatures. */
    public Map<Long, byte[]> candidates(Connection c, long id, long[] buckets) throws SQLException {
        Map<Long, byte[]> candidates = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT DISTINCT m.draft_id, m.signature FROM lsh_bucket b "
                + "JOIN minhash m ON m.draft_id = b.draft_id WHERE b.draft_id <> ? AND b.bucket IN (");
        sql.append(String.join(", ", Collections.nCopies(buckets.length, "?"))).append(')');
        try (PreparedStatement ps = Statements.prepare(c, sql.toString())) {
            ps.setLong(1, id);
            for (int i = 0; i < buckets.length; i++) {
                ps.setLong(i + 2, buckets[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.put(rs.getLong(1), rs.getBytes(2));
                }
            }
        }
        return candidates;
    }

    public String body(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT body FROM draft_text WHERE draft_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The draft's current partners, by id. */
    public Set<Long> partnerIds(Connection c, long id) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        try (PreparedStatement ps = Statements.prepare(c, 
                "SELECT b FROM near_pair WHERE a = ? UNION SELECT a FROM near_pair WHERE b = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Replaces the draft's near pairs with these (partner id → similarity). */
    public void replacePairs(Connection c, long id, Map<Long, Double> partners) throws SQLException {
        try (PreparedStatement clear = Statements.prepare(c, "DELETE FROM near_pair WHERE a = ? OR b = ?");
             PreparedStatement insert = Statements.prepare(c, 
                     "INSERT OR REPLACE INTO near_pair (a, b, similarity) VALUES (?, ?, ?)")) {
            clear.setLong(1, id);
            clear.setLong(2, id);
            clear.executeUpdate();
            for (Map.Entry<Long, Double> partner : partners.entrySet()) {
                insert.setLong(1, Math.min(id, partner.getKey()));
                insert.setLong(2, Math.max(id, partner.getKey()));
                insert.setDouble(3, partner.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public List<Partner> partners(Connection c, long id) throws SQLException {
        List<Partner> partners = new ArrayList<>();
        try (PreparedStatement ps = Statements.prepare(c, "SELECT p.other, d.reference, p.similarity FROM ("
                + "SELECT b AS other, similarity FROM near_pair WHERE a = ? UNION ALL "
                + "SELECT a AS other, similarity FROM near_pair WHERE b = ?) p JOIN draft d ON d.id = p.other "
                + "ORDER BY p.similarity DESC, d.reference")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    partners.add(new Partner(rs.getLong(1), rs.getString(2), rs.getDouble(3)));
                }
            }
        }
        return partners;
    }

    /** Every draft reachable through near pairs from {@code id} (itself included), up to {@code limit}. */
    public Set<Long> cluster(Connection c, long id, int limit) throws SQLException {
        Set<Long> seen = new LinkedHashSet<>();
        Deque<Long> next = new ArrayDeque<>();
        seen.add(id);
        next.add(id);
        while (!next.isEmpty() && seen.size() < limit) {
            for (long partner : partnerIds(c, next.poll())) {
                if (seen.add(partner)) {
                    next.add(partner);
                }
            }
        }
        return seen;
    }

    /** Every near pair, for re-flagging all drafts at once. */
    public void forEachPair(Connection c, PairConsumer consumer) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a, b, similarity FROM near_pair")) {
            while (rs.next()) {
                consumer.accept(rs.getLong(1), rs.getLong(2), rs.getDouble(3));
            }
        }
    }

    /** Title keys shared by more than one draft, with the drafts sharing each. */
    public Map<String, List<Long>> sharedTitleKeys(Connection c) throws SQLException {
        Map<String, List<Long>> shared = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT title_key, id FROM draft "
                + "WHERE title_key IN (SELECT title_key FROM draft GROUP BY title_key HAVING count(*) > 1) "
                + "ORDER BY id")) {
            while (rs.next()) {
                shared.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return shared;
    }

    /** Forgets every signature, bucket and pair: before the index is built again with new settings. */
    public void clearSimilarityIndex(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM near_pair");
            s.execute("DELETE FROM lsh_bucket");
            s.execute("DELETE FROM minhash");
        }
    }

    @FunctionalInterface
    public interface PairConsumer {
        void accept(long a, long b, double similarity);
    }
}
