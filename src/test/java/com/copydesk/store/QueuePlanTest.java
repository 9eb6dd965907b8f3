package com.copydesk.store;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.IntRange;
import com.copydesk.model.QueueKey;
import com.copydesk.model.QueuePlan;
import com.copydesk.model.QueueSort;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.ScoreName;
import com.copydesk.model.SortColumn;
import com.copydesk.support.PlanStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query the queue runs — each sort column, both directions, first page and a later page,
 * with the filters the window offers — is answered from an index: never a scan of the whole
 * draft table, and never a sort of all matching rows unless full-text search chose them first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuePlanTest {
    @TempDir
    static Path dir;
    private Copydesk desk;
    private final QueueRepository queue = new QueueRepository();

    @BeforeAll
    void storeWithDrafts() {
        desk = PlanStore.open(dir, 300);
    }

    @AfterAll
    void close() {
        desk.close();
    }

    static Stream<Arguments> queries() {
        List<DraftFilter> filters = List.of(
                DraftFilter.ALL,
                DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.PENDING)),
                DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.PENDING)).withFlaggedOnly(true),
                DraftFilter.ALL.withRule("low-score"),
                DraftFilter.ALL.withScoreRanges(Map.of(ScoreName.QUALITY, new IntRange(0, 69))),
                DraftFilter.ALL.withDifficulties(Set.of("beginner")),
                DraftFilter.ALL.withStacks(Set.of("python")),
                DraftFilter.ALL.withSearch("index*"));
        List<Arguments> all = new ArrayList<>();
        for (QueuePlan queuePlan : QueuePlan.values()) {
            for (DraftFilter filter : filters) {
                if (queuePlan == QueuePlan.FILTER_FIRST && filter.equals(DraftFilter.ALL)) {
                    continue; // all drafts match: chosen only for a store of a few thousand drafts
                }
                for (SortColumn column : SortColumn.values()) {
                    for (boolean ascending : new boolean[] {true, false}) {
                        for (boolean later : new boolean[] {false, true}) {
                            all.add(Arguments.of(queuePlan, filter, new QueueSort(column, ascending), later));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1} by {2}, later page: {3}")
    @MethodSource("queries")
    void pageQueriesNeverReadTheWholeTable(QueuePlan queuePlan, DraftFilter filter, QueueSort sort,
                                           boolean laterPage) {
        QueueKey after = null;
        if (laterPage) {
            List<DraftRow> first = desk.store().read(
                    c -> queue.page(c, DraftFilter.ALL, sort, null, 10, QueuePlan.ORDER_FIRST));
            after = first.get(first.size() - 1).key();
        }
        QueueKey key = after;
        List<String> plan = desk.store().read(c -> queue.explainPage(c, filter, sort, key, queuePlan));
        String shown = String.join("\n", plan);
        if (queuePlan.ordered()) {
            // The draft table (or the sort column's index) is walked in order and the walk stops
            // when the page is full: there is nothing to sort.
            assertThat(plan).as(shown).noneMatch(line -> line.contains("TEMP B-TREE FOR ORDER BY"));
            assertThat(plan).as(shown).noneMatch(line -> line.startsWith("SCAN d ") && line.contains("COVERING"));
        } else {
            // Few drafts match: they are found through an index and only they are sorted.
            assertThat(plan).as(shown).noneMatch(line -> line.equals("SCAN d"));
        }
    }
}
