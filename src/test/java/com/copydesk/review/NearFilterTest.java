package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.QueueSort;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Near-duplicates of this draft": the draft and its direct twins, never their twins in turn (a
 * chain a~b~c is not one set), and the twins the window links, most similar first.
 */
class NearFilterTest {
    @TempDir
    Path dir;
    private Copydesk desk;

    @BeforeEach
    void open() {
        desk = Copydesk.open(dir.resolve("s.db"), MutableClock.at("2026-11-25T10:00:00Z"));
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("in.jsonl"), List.of(
                DraftFiles.draftJson("a", "A", "alpha body"), DraftFiles.draftJson("b", "B", "beta body"),
                DraftFiles.draftJson("c", "C", "gamma body"), DraftFiles.draftJson("d", "D", "delta body")))),
                TaskMonitor.NONE);
        // a chain of pairs as the index would leave them: a~b (0.91) and b~c (0.83); d alone
        long a = id("a");
        long b = id("b");
        long c = id("c");
        desk.store().write(conn -> {
            try (var s = conn.prepareStatement("INSERT INTO near_pair (a, b, similarity) VALUES (?, ?, ?)")) {
                for (Object[] pair : new Object[][] {{Math.min(a, b), Math.max(a, b), 0.91}, {Math.min(b, c), Math.max(b, c), 0.83}}) {
                    s.setLong(1, (Long) pair[0]);
                    s.setLong(2, (Long) pair[1]);
                    s.setDouble(3, (Double) pair[2]);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private long id(String reference) {
        return desk.queries().find(reference).orElseThrow().id();
    }

    private List<String> listed(DraftFilter filter) {
        DraftQueries queries = desk.queries();
        List<DraftRow> rows = queries.page(filter, QueueSort.NEWEST_FIRST, null, 100, queries.plan(filter, queries.count(filter)));
        assertThat(queries.count(filter)).isEqualTo(rows.size());
        return rows.stream().map(DraftRow::reference).sorted().toList();
    }

    @Test
    void theDraftAndItsDirectTwinsOnly() {
        assertThat(listed(DraftFilter.ALL.withNearOf(id("b")))).containsExactly("a", "b", "c");
        assertThat(listed(DraftFilter.ALL.withNearOf(id("a")))).as("c is b's twin, not a's").containsExactly("a", "b");
        assertThat(listed(DraftFilter.ALL.withNearOf(id("d")))).containsExactly("d");
    }

    @Test
    void itNarrowsTheOtherFilters() throws Exception {
        desk.actions().approve(ReviewActions.Target.of(id("a")), true, TaskMonitor.NONE);
        DraftFilter pending = DraftFilter.ALL.withStatuses(java.util.Set.of(com.copydesk.model.ReviewStatus.PENDING));
        assertThat(listed(pending.withNearOf(id("b")))).containsExactly("b", "c");
        List<Long> ids = new java.util.ArrayList<>();
        desk.queries().forEachId(DraftFilter.ALL.withNearOf(id("b")), ids::add);
        assertThat(ids).containsExactlyInAnyOrder(id("a"), id("b"), id("c"));
    }

    @Test
    void theTwinsTheWindowLinksAreTheMostSimilarFirst() {
        assertThat(desk.queries().twins(id("b"))).extracting(t -> t.reference() + " " + t.similarity())
                .containsExactly("a 0.91", "c 0.83");
        assertThat(desk.queries().twins(id("b"), 1)).extracting(com.copydesk.model.NearTwin::reference).containsExactly("a");
        assertThat(desk.queries().twins(id("d"))).isEmpty();
    }
}
