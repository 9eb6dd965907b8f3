package com.copydesk.store;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.QueueKey;
import com.copydesk.model.QueuePlan;
import com.copydesk.model.QueueSort;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.SortColumn;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every plan of the queue reads the same drafts in the same order, page after page, and the
 * counts that skip the draft table (search only, rule only) agree with counting the drafts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuePlanResultsTest {
    @TempDir
    static Path dir;
    private Copydesk desk;
    private final QueueRepository queue = new QueueRepository();

    @BeforeAll
    void storeWithVariedDrafts() {
        desk = Copydesk.open(dir.resolve("plans.db"), MutableClock.at("2026-11-25T10:00:00Z"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String body = "Body " + i + (i % 2 == 0 ? " alpha" : "") + (i % 5 == 0 ? " beta" : "");
            String json = DraftFiles.draftJson("r" + i, "Title " + (i * 7919 % 400), body)
                    .replace("\"quality\":80", "\"quality\":" + (40 + i % 60));
            if (i % 4 == 0) {
                json = json.replace("\"topic\":", "\"tools\":[\"redis\"],\"topic\":");
            }
            lines.add(json);
        }
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("d.jsonl"), lines)), TaskMonitor.NONE);
        desk.store().write(c -> c.createStatement().execute("ANALYZE"));
    }

    @AfterAll
    void close() {
        desk.close();
    }

    static Stream<Arguments> filters() {
        DraftFilter pending = DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.PENDING));
        List<DraftFilter> filters = List.of(
                DraftFilter.ALL.withSearch("alpha"),
                DraftFilter.ALL.withSearch("beta"),
                DraftFilter.ALL.withSearch("alph*"),
                DraftFilter.ALL.withRule("low-score"),
                DraftFilter.ALL.withTools(Set.of("redis")),
                DraftFilter.ALL.withRule("low-score").withSearch("alpha"),
                pending.withSearch("beta").withTools(Set.of("redis")),
                pending.withFlaggedOnly(true).withSearch("alpha"),
                pending.withRule("low-score"));
        List<Arguments> all = new ArrayList<>();
        for (DraftFilter filter : filters) {
            for (QueueSort sort : List.of(QueueSort.NEWEST_FIRST, new QueueSort(SortColumn.TITLE, true),
                    new QueueSort(SortColumn.QUALITY, false))) {
                all.add(Arguments.of(filter, sort));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("filters")
    void everyPlanReadsTheSameDraftsInTheSameOrder(DraftFilter filter, QueueSort sort) {
        List<Long> expected = readAll(filter, sort, QueuePlan.FILTER_FIRST);
        assertThat(expected).isNotEmpty();
        assertThat(desk.queries().count(filter)).as("count").isEqualTo(expected.size());
        List<QueueKey> ends = desk.store().read(c -> queue.pageEnds(c, filter, sort, QueuePlan.FILTER_FIRST, 30));
        for (QueuePlan plan : QueuePlan.values()) {
            assertThat(readAll(filter, sort, plan)).as(plan.name()).isEqualTo(expected);
            List<QueueKey> planEnds = desk.store().read(c -> queue.pageEnds(c, filter, sort, plan, 30));
            assertThat(planEnds).as(plan + " page ends").isEqualTo(ends);
        }
    }

    @Test
    void countsOfASearchOrARuleAloneAgreeWithCountingTheDrafts() {
        for (DraftFilter filter : List.of(DraftFilter.ALL.withSearch("alpha"), DraftFilter.ALL.withSearch("alph*"),
                DraftFilter.ALL.withSearch("beta NOT alpha"), DraftFilter.ALL.withSearch("nowhere"),
                DraftFilter.ALL.withRule("low-score"), DraftFilter.ALL.withRule("no-such-rule"))) {
            long drafts = desk.store().read(c -> {
                QueueRepository.Where where = QueueRepository.where(filter, false);
                try (var ps = c.prepareStatement("SELECT count(*) FROM draft d WHERE " + where.sql())) {
                    QueueRepository.bind(ps, where.params());
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
            assertThat(desk.queries().count(filter)).as(filter.toString()).isEqualTo(drafts);
        }
    }

    @Test
    void aSearchIsCheckedRowByRowOnlyWhenMostDraftsMatchAndItHasNoPrefix() {
        assertThat(QueuePlan.choose(4_000, 1_000_000, true, false)).isEqualTo(QueuePlan.FILTER_FIRST);
        assertThat(QueuePlan.choose(100_000, 1_000_000, true, false)).isEqualTo(QueuePlan.ORDER_FIRST_SEARCH_LISTED);
        assertThat(QueuePlan.choose(800_000, 1_000_000, true, false)).isEqualTo(QueuePlan.ORDER_FIRST);
        assertThat(QueuePlan.choose(800_000, 1_000_000, true, true)).isEqualTo(QueuePlan.ORDER_FIRST_SEARCH_LISTED);
        assertThat(QueuePlan.choose(100_000, 1_000_000, false, false)).isEqualTo(QueuePlan.ORDER_FIRST);
    }

    private List<Long> readAll(DraftFilter filter, QueueSort sort, QueuePlan plan) {
        List<Long> ids = new ArrayList<>();
        QueueKey after = null;
        while (true) {
            QueueKey from = after;
            List<DraftRow> rows = desk.store().read(c -> queue.page(c, filter, sort, from, 30, plan));
            rows.forEach(r -> ids.add(r.id()));
            if (rows.size() < 30) {
                return ids;
            }
            after = rows.get(rows.size() - 1).key();
        }
    }
}
