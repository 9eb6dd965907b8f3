package com.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
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
    public record Partner(long id, String reference, double similarity, String title) {
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

    /** The reference and title of these drafts. */
    public Map<Long, String[]> referencesAndTitles(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, String[]> drafts = new HashMap<>();
        try (PreparedStatement ps = Statements.prepare(c, "SELECT reference, title FROM draft WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        drafts.put(id, new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
        }
        return drafts;
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

    /**
     * The draft another one with the same title key names: the one just before it in id order, or
     * for the first of its title the one just after. Naming a neighbour, not the group, keeps a
     * draft's finding the same when more drafts with its title arrive.
     */
    public String titleTwin(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT coalesce("
                + "(SELECT o.reference FROM draft o WHERE o.title_key = d.title_key AND o.id < d.id ORDER BY o.id DESC LIMIT 1), "
                + "(SELECT o.reference FROM draft o WHERE o.title_key = d.title_key AND o.id > d.id ORDER BY o.id LIMIT 1)) "
                + "FROM draft d WHERE d.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * The drafts with this title key whose named twin may change when {@code id} joins or leaves
     * the key: the first two of the key and the one just after {@code id}. At most three.
     */
    public Set<Long> titleNeighbours(Connection c, String key, long id) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        if (key == null) {
            return ids;
        }
        ids.addAll(withTitleKey(c, key, 2));
        try (PreparedStatement ps = Statements.prepare(c,
                "SELECT id FROM draft WHERE title_key = ? AND id > ? ORDER BY id LIMIT 1")) {
            ps.setString(1, key);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * A draft's near-duplicate print: how many features it had that were not boilerplate, the
     * smallest of them (all when there are few; sorted), and its anchors (one near_anchor row each).
     */
    public record Print(long id, int features, long[] smallest, long[] anchors) {
    }

    public Print print(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT features, smallest, anchors FROM near_print WHERE draft_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Print(id, rs.getInt(1), longs(rs.getBytes(2)), longs(rs.getBytes(3))) : null;
            }
        }
    }

    /** Stores a draft's print and one row per anchor, in place of its old ones (null for none). */
    public void savePrint(Connection c, Print print, Print old) throws SQLException {
        try (PreparedStatement save = Statements.prepare(c,
                "INSERT INTO near_print (draft_id, features, smallest, anchors) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (draft_id) DO UPDATE SET features = excluded.features, "
                        + "smallest = excluded.smallest, anchors = excluded.anchors");
             PreparedStatement clear = Statements.prepare(c, "DELETE FROM near_anchor WHERE feature = ? AND draft_id = ?");
             PreparedStatement anchor = Statements.prepare(c,
                     "INSERT OR IGNORE INTO near_anchor (feature, draft_id) VALUES (?, ?)")) {
            save.setLong(1, print.id());
            save.setInt(2, print.features());
            save.setBytes(3, bytes(print.smallest()));
            save.setBytes(4, bytes(print.anchors()));
            save.executeUpdate();
            if (old != null && old.anchors().length > 0) {
                for (long feature : old.anchors()) {
                    clear.setLong(1, feature);
                    clear.setLong(2, print.id());
                    clear.addBatch();
                }
                clear.executeBatch();
                unmarkFull(c, old.anchors(), print.anchors());
            }
            long[] anchors = print.anchors();
            for (long feature : anchors) {
                anchor.setLong(1, feature);
                anchor.setLong(2, print.id());
                anchor.addBatch();
            }
            if (anchors.length > 0) {
                anchor.executeBatch();
            }
        }
    }

    /**
     * A bucket leaves "full" only when a draft leaves it: the old anchors the draft no longer has
     * are counted again when next read (one it keeps loses no draft and stays full).
     */
    private static void unmarkFull(Connection c, long[] oldAnchors, long[] newAnchors) throws SQLException {
        try (PreparedStatement unmark = Statements.prepare(c, "DELETE FROM near_full WHERE feature = ?")) {
            int n = 0;
            for (long feature : oldAnchors) {
                if (java.util.Arrays.binarySearch(newAnchors, feature) < 0) {
                    unmark.setLong(1, feature);
                    unmark.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                unmark.executeBatch();
            }
        }
    }

    /** Up to {@code limit} drafts with this anchor, lowest id first. */
    public List<Long> withAnchor(Connection c, long feature, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = Statements.prepare(c,
                "SELECT draft_id FROM near_anchor WHERE feature = ? ORDER BY draft_id LIMIT ?")) {
            ps.setLong(1, feature);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The drafts of one anchor bucket, lowest id first; null for a bucket of more drafts than the limit asked. */
    public record Bucket(long feature, long[] drafts) {
        public boolean full() {
            return drafts == null;
        }
    }

    /**
     * The buckets of these anchors in one query (the features go in as one JSON array): each
     * bucket's drafts, or for a bucket of more than {@code limit} drafts only that it is full. A
     * bucket costs at most {@code limit + 1} index entries, however many drafts share the feature,
     * so that a batch's lookups cost the same in a store of 10,000 drafts as of 1,000,000. Empty
     * buckets are left out.
     *
     * <p>A bucket found full is noted in {@code near_full} and not counted again (one key lookup
     * instead of {@code limit + 1} entries) until a draft leaves it ({@link #savePrint} with the
     * old anchors). Without that note every batch counted each full bucket again: at 300,000
     * drafts (10 million anchor rows, beyond the page cache) most of the near-duplicate step.
     * The notes are kept in the store, not rebuilt at open: finding the full buckets of a large
     * store means counting every bucket, and two writers of a team store see each other's notes.
     * A store without notes (just migrated) is correct, only slower for the buckets' first reads.
     */
    public List<Bucket> buckets(Connection c, long[] features, int limit) throws SQLException {
        List<Bucket> buckets = new ArrayList<>();
        if (features.length == 0) {
            return buckets;
        }
        StringBuilder array = new StringBuilder(features.length * 21).append('[');
        for (int i = 0; i < features.length; i++) {
            array.append(i == 0 ? "" : ",").append(features[i]);
        }
        array.append(']');
        List<Long> newlyFull = new ArrayList<>();
        try (PreparedStatement ps = Statements.prepare(c, BUCKETS)) {
            ps.setString(1, array.toString());
            ps.setInt(2, limit);
            ps.setInt(3, limit + 1);
            ps.setInt(4, limit + 1);
            ps.setInt(5, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                long feature = 0;
                long[] drafts = null;
                int n = 0;
                boolean open = false;
                while (rs.next()) {
                    long f = rs.getLong(1);
                    if (!open || f != feature) {
                        if (open) {
                            buckets.add(new Bucket(feature, drafts));
                        }
                        open = true;
                        feature = f;
                        int size = rs.getInt(2);
                        drafts = size > limit ? null : new long[size];
                        n = 0;
                        if (drafts == null && !rs.getBoolean(4)) {
                            newlyFull.add(f);
                        }
                    }
                    if (drafts != null) {
                        drafts[n++] = rs.getLong(3);
                    }
                }
                if (open) {
                    buckets.add(new Bucket(feature, drafts));
                }
            }
        }
        if (!newlyFull.isEmpty()) {
            try (PreparedStatement mark = Statements.prepare(c,
                    "INSERT INTO near_full (feature, over) VALUES (?, ?) ON CONFLICT (feature) DO UPDATE SET over = excluded.over")) {
                for (long feature : newlyFull) {
                    mark.setLong(1, feature);
                    mark.setInt(2, limit);
                    mark.addBatch();
                }
                mark.executeBatch();
            }
        }
        return buckets;
    }

    /**
     * The buckets query of {@link #buckets}: {@code k} says which features are known to be full
     * (a note holds for the limit it was counted to, or a lower one),
     * {@code s} counts the others' buckets up to the limit (MATERIALIZED: each once, not once per
     * reference), and only buckets within the limit give their drafts. Plain {@code ?} and aliased
     * subqueries, so that the same text runs on PostgreSQL (PgSql reads the array there).
     */
    static final String BUCKETS = "WITH f(feature) AS (SELECT DISTINCT value FROM json_each(?)), "
            + "k(feature, known) AS MATERIALIZED (SELECT f.feature, "
            + "EXISTS (SELECT 1 FROM near_full z WHERE z.feature = f.feature AND z.over >= ?) FROM f), "
            + "s(feature, n, known) AS MATERIALIZED (SELECT k.feature, CASE WHEN k.known THEN ? ELSE "
            + "(SELECT count(*) FROM (SELECT 1 FROM near_anchor x WHERE x.feature = k.feature LIMIT ?) AS bucket) END, "
            + "k.known FROM k) "
            + "SELECT s.feature, s.n, a.draft_id, s.known FROM s LEFT JOIN near_anchor a ON a.feature = s.feature AND s.n < ? "
            + "WHERE s.n > 0 ORDER BY s.feature, a.draft_id";

    /** How many drafts the store holds: the near-duplicate index's boilerplate is a share of them. */
    public long draftCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM draft")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Adds {@code drafts} to the number of drafts known to have this feature (its document
     * frequency, see near_df); returns the new number.
     */
    public int countFeature(Connection c, long feature, int drafts) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "INSERT INTO near_df (feature, drafts) VALUES (?, ?) "
                + "ON CONFLICT (feature) DO UPDATE SET drafts = near_df.drafts + excluded.drafts RETURNING drafts")) {
            ps.setLong(1, feature);
            ps.setInt(2, drafts);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    /** How many drafts have this anchor, counted up to {@code limit}. */
    public int countWithAnchor(Connection c, long feature, int limit) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c,
                "SELECT count(*) FROM (SELECT 1 FROM near_anchor WHERE feature = ? LIMIT ?) AS anchored")) {
            ps.setLong(1, feature);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    /** The features known to be boilerplate. */
    public Set<Long> boilerplate(Connection c) throws SQLException {
        Set<Long> features = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT feature FROM boilerplate")) {
            while (rs.next()) {
                features.add(rs.getLong(1));
            }
        }
        return features;
    }

    public int boilerplateCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM boilerplate")) {
            return rs.getInt(1);
        }
    }

    /** Records a feature as boilerplate and drops its anchor rows and count: no draft is found through it again. */
    public void markBoilerplate(Connection c, long feature) throws SQLException {
        try (PreparedStatement mark = Statements.prepare(c, "INSERT OR IGNORE INTO boilerplate (feature) VALUES (?)");
             PreparedStatement drop = Statements.prepare(c, "DELETE FROM near_anchor WHERE feature = ?");
             PreparedStatement unfull = Statements.prepare(c, "DELETE FROM near_full WHERE feature = ?");
             PreparedStatement uncount = Statements.prepare(c, "DELETE FROM near_df WHERE feature = ?")) {
            mark.setLong(1, feature);
            mark.executeUpdate();
            drop.setLong(1, feature);
            drop.executeUpdate();
            unfull.setLong(1, feature);
            unfull.executeUpdate();
            uncount.setLong(1, feature);
            uncount.executeUpdate();
        }
    }

    static byte[] bytes(long[] values) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(values.length * 8);
        buffer.asLongBuffer().put(values);
        return buffer.array();
    }

    static long[] longs(byte[] bytes) {
        long[] values = new long[bytes.length / 8];
        java.nio.ByteBuffer.wrap(bytes).asLongBuffer().get(values);
        return values;
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

    public void removePair(Connection c, long one, long other) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "DELETE FROM near_pair WHERE a = ? AND b = ?")) {
            ps.setLong(1, Math.min(one, other));
            ps.setLong(2, Math.max(one, other));
            ps.executeUpdate();
        }
    }

    /** Replaces the draft's near pairs with these (partner id → similarity). */
    public void replacePairs(Connection c, long id, Map<Long, Double> partners) throws SQLException {
        try (PreparedStatement clear = Statements.prepare(c, "DELETE FROM near_pair WHERE a = ? OR b = ?");
             PreparedStatement insert = Statements.prepare(c,
                     "INSERT INTO near_pair (a, b, similarity) VALUES (?, ?, ?) "
                             + "ON CONFLICT (a, b) DO UPDATE SET similarity = excluded.similarity")) {
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

    /**
     * The draft's {@code limit} nearest partners: most similar first, then by reference (not by
     * id, so that the same drafts name the same partners whatever order they came in).
     */
    public List<Partner> partners(Connection c, long id, int limit) throws SQLException {
        List<Partner> partners = new ArrayList<>();
        try (PreparedStatement ps = Statements.prepare(c, "SELECT p.other, d.reference, p.similarity, d.title FROM ("
                + "SELECT b AS other, similarity FROM near_pair WHERE a = ? UNION ALL "
                + "SELECT a AS other, similarity FROM near_pair WHERE b = ?) p JOIN draft d ON d.id = p.other "
                + "ORDER BY p.similarity DESC, d.reference LIMIT ?")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    partners.add(new Partner(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getString(4)));
                }
            }
        }
        return partners;
    }

    /** The lowest id among the draft and its direct partners: the cluster the queue groups it in. */
    public long lowestNeighbour(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Statements.prepare(c, "SELECT min(x) FROM ("
                + "SELECT ? AS x UNION ALL SELECT min(a) FROM near_pair WHERE b = ?) AS cluster")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : id;
            }
        }
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
            s.execute("DELETE FROM near_anchor");
            s.execute("DELETE FROM near_print");
            s.execute("DELETE FROM boilerplate");
            s.execute("DELETE FROM near_df");
            s.execute("DELETE FROM near_full");
        }
    }

    @FunctionalInterface
    public interface PairConsumer {
        void accept(long a, long b, double similarity);
    }

    // ---- the same, in a transaction of a layer above the store ({@link Tx}: no JDBC type there) ----

    public List<Partner> partners(Tx tx, long id, int limit) {
        return tx.sql(c -> partners(c, id, limit));
    }

    public String body(Tx tx, long id) {
        return tx.sql(c -> body(c, id));
    }

    public Set<Long> boilerplate(Tx tx) {
        return tx.sql(c -> boilerplate(c));
    }

    public int boilerplateCount(Tx tx) {
        return tx.sql(c -> boilerplateCount(c));
    }

    public List<Bucket> buckets(Tx tx, long[] features, int limit) {
        return tx.sql(c -> buckets(c, features, limit));
    }

    public void clearSimilarityIndex(Tx tx) {
        tx.run(c -> clearSimilarityIndex(c));
    }

    public int countFeature(Tx tx, long feature, int drafts) {
        return tx.sql(c -> countFeature(c, feature, drafts));
    }

    public long draftCount(Tx tx) {
        return tx.sql(c -> draftCount(c));
    }

    public void forEachPair(Tx tx, PairConsumer consumer) {
        tx.run(c -> forEachPair(c, consumer));
    }

    public long lowestNeighbour(Tx tx, long id) {
        return tx.sql(c -> lowestNeighbour(c, id));
    }

    public void markBoilerplate(Tx tx, long feature) {
        tx.run(c -> markBoilerplate(c, feature));
    }

    public Set<Long> partnerIds(Tx tx, long id) {
        return tx.sql(c -> partnerIds(c, id));
    }

    public Print print(Tx tx, long id) {
        return tx.sql(c -> print(c, id));
    }

    public Map<Long, String[]> referencesAndTitles(Tx tx, Collection<Long> ids) {
        return tx.sql(c -> referencesAndTitles(c, ids));
    }

    public void removePair(Tx tx, long one, long other) {
        tx.run(c -> removePair(c, one, other));
    }

    public void replacePairs(Tx tx, long id, Map<Long, Double> partners) {
        tx.run(c -> replacePairs(c, id, partners));
    }

    public void savePrint(Tx tx, Print print, Print old) {
        tx.run(c -> savePrint(c, print, old));
    }

    public void setTitleKey(Tx tx, long id, String key) {
        tx.run(c -> setTitleKey(c, id, key));
    }

    public Map<String, List<Long>> sharedTitleKeys(Tx tx) {
        return tx.sql(c -> sharedTitleKeys(c));
    }

    public List<Text> texts(Tx tx, Collection<Long> ids) {
        return tx.sql(c -> texts(c, ids));
    }

    public List<Text> textsAfter(Tx tx, long afterId, int limit) {
        return tx.sql(c -> textsAfter(c, afterId, limit));
    }

    public String titleKey(Tx tx, long id) {
        return tx.sql(c -> titleKey(c, id));
    }

    public Set<Long> titleNeighbours(Tx tx, String key, long id) {
        return tx.sql(c -> titleNeighbours(c, key, id));
    }

    public String titleTwin(Tx tx, long id) {
        return tx.sql(c -> titleTwin(c, id));
    }

    public List<Long> withAnchor(Tx tx, long feature, int limit) {
        return tx.sql(c -> withAnchor(c, feature, limit));
    }
}
