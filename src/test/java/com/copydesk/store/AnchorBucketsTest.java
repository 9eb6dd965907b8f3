package com.copydesk.store;

import com.copydesk.app.Copydesk;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The near-duplicate index's buckets read for a whole batch in one query, each at bounded cost. */
class AnchorBucketsTest {
    @TempDir
    Path dir;
    private Copydesk desk;
    private final CorpusRepository corpus = new CorpusRepository();
    private long[] ids;

    @BeforeEach
    void drafts() {
        desk = Copydesk.open(dir.resolve("b.db"), MutableClock.at("2026-12-07T10:00:00Z"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(DraftFiles.draftJson("r" + i, "Title " + i, "Body " + i));
        }
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("d.jsonl"), lines)), TaskMonitor.NONE);
        ids = desk.store().read(c -> {
            List<Long> found = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM draft ORDER BY id")) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            return found.stream().mapToLong(Long::longValue).toArray();
        });
        desk.store().write(c -> {
            corpus.clearSimilarityIndex(c);
            // the extremes of a 64-bit hash must go through the JSON array as they are
            anchor(c, Long.MIN_VALUE, ids[0], ids[1]);
            anchor(c, Long.MAX_VALUE, ids[2]);
            anchor(c, 7, ids[5], ids[3], ids[4], ids[0]);
            anchor(c, -9_007_199_254_740_993L, ids[1]); // not exact as a double: read as an integer
            return null;
        });
    }

    private static void anchor(java.sql.Connection c, long feature, long... drafts) throws java.sql.SQLException {
        try (var ps = c.prepareStatement("INSERT INTO near_anchor (feature, draft_id) VALUES (?, ?)")) {
            for (long id : drafts) {
                ps.setLong(1, feature);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<CorpusRepository.Bucket> buckets(int limit, long... features) {
        // a write: a bucket found full is noted in the store
        return desk.store().write(c -> corpus.buckets(c, features, limit));
    }

    @Test
    void eachAskedBucketWithItsDraftsLowestIdFirstAndNoEmptyOnes() {
        List<CorpusRepository.Bucket> found = buckets(10, Long.MAX_VALUE, 7, 12345, Long.MIN_VALUE, 7, -9_007_199_254_740_993L);

        assertThat(found).extracting(CorpusRepository.Bucket::feature)
                .containsExactly(Long.MIN_VALUE, -9_007_199_254_740_993L, 7L, Long.MAX_VALUE);
        assertThat(found.get(0).drafts()).containsExactly(ids[0], ids[1]);
        assertThat(found.get(1).drafts()).containsExactly(ids[1]);
        assertThat(found.get(2).drafts()).containsExactly(ids[0], ids[3], ids[4], ids[5]);
        assertThat(found.get(3).drafts()).containsExactly(ids[2]);
    }

    @Test
    void aBucketOfMoreDraftsThanTheLimitIsOnlySaidFull() {
        List<CorpusRepository.Bucket> found = buckets(3, 7, Long.MIN_VALUE);

        assertThat(found).extracting(CorpusRepository.Bucket::feature).containsExactly(Long.MIN_VALUE, 7L);
        assertThat(found.get(0).full()).isFalse();
        assertThat(found.get(1).full()).isTrue();
        assertThat(buckets(4, 7).get(0).drafts()).hasSize(4); // exactly the limit is not full
        assertThat(buckets(3, 7).get(0).full()).isTrue(); // a note of over 3 says nothing of over 4
    }

    @Test
    void aFullBucketIsNotedAndNotCountedAgainUntilADraftLeavesIt() {
        assertThat(buckets(3, 7).get(0).full()).isTrue();
        assertThat(fullNoted()).containsExactly(7L);
        // rows gone behind the index's back: the note, not a count, says full
        desk.store().write(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM near_anchor WHERE feature = 7 AND draft_id = " + ids[5]);
            }
            return null;
        });
        assertThat(buckets(3, 7).get(0).full()).isTrue();

        // a draft re-indexed with the same anchor stays in the bucket: still full
        desk.store().write(c -> {
            CorpusRepository.Print print = new CorpusRepository.Print(ids[4], 1, new long[] {7}, new long[] {7});
            corpus.savePrint(c, print, print);
            return null;
        });
        assertThat(fullNoted()).containsExactly(7L);
        // a draft leaving it: counted again, three drafts left, within the limit
        desk.store().write(c -> {
            corpus.savePrint(c, new CorpusRepository.Print(ids[4], 1, new long[] {8}, new long[] {8}),
                    new CorpusRepository.Print(ids[4], 1, new long[] {7}, new long[] {7}));
            return null;
        });
        assertThat(fullNoted()).isEmpty();
        assertThat(buckets(3, 7).get(0).drafts()).containsExactly(ids[0], ids[3]);
    }

    @Test
    void aBucketMadeBoilerplateOrAClearedIndexLeavesNoNote() {
        buckets(3, 7);
        desk.store().write(c -> {
            corpus.markBoilerplate(c, 7);
            return null;
        });
        assertThat(fullNoted()).isEmpty();
        buckets(1, Long.MIN_VALUE);
        assertThat(fullNoted()).containsExactly(Long.MIN_VALUE);
        desk.store().write(c -> {
            corpus.clearSimilarityIndex(c);
            return null;
        });
        assertThat(fullNoted()).isEmpty();
    }

    @Test
    void theBucketsQueryLooksUpEachFeatureByKeyAndScansNoTable() {
        List<String> plan = desk.store().read(c -> {
            List<String> steps = new ArrayList<>();
            try (var ps = c.prepareStatement("EXPLAIN QUERY PLAN " + CorpusRepository.BUCKETS)) {
                ps.setString(1, "[7, 8]");
                ps.setInt(2, 3);
                ps.setInt(3, 4);
                ps.setInt(4, 4);
                ps.setInt(5, 4);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        steps.add(rs.getString(4));
                    }
                }
            }
            return steps;
        });

        // the note of a full bucket is one key lookup, and a bucket is read by its feature
        assertThat(plan).anySatisfy(step -> assertThat(step).startsWith("SEARCH z USING INTEGER PRIMARY KEY"));
        assertThat(plan).anySatisfy(step -> assertThat(step).startsWith("SEARCH x USING PRIMARY KEY (feature=?)"));
        assertThat(plan).anySatisfy(step -> assertThat(step).startsWith("SEARCH a USING PRIMARY KEY (feature=?)"));
        assertThat(plan).noneSatisfy(step -> assertThat(step).matches("SCAN (x|a|z|near_.*)\\b.*"));
    }

    private List<Long> fullNoted() {
        return desk.store().read(c -> {
            List<Long> features = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT feature FROM near_full ORDER BY feature")) {
                while (rs.next()) {
                    features.add(rs.getLong(1));
                }
            }
            return features;
        });
    }

    @Test
    void nothingAskedNothingRead() {
        assertThat(buckets(3)).isEmpty();
    }
}
