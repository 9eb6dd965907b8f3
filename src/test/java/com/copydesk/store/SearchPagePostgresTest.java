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
import com.copydesk.support.PgTestServer;
import com.copydesk.support.TempDesk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of a filter that few drafts match ({@link QueuePlan#FILTER_FIRST}) on PostgreSQL: the
 * matches are gathered before they are sorted, so a rare word starts from the full-text index
 * rather than a walk of every draft newest first, and the page holds the same drafts, in the same
 * order, as SQLite's for the same store (a copy of it), in every sort and on a later page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPagePostgresTest {
    @TempDir
    static Path dir;
    private PgAddress database;
    private Copydesk sqlite;
    private Copydesk postgres;
    private final QueueRepository queue = new QueueRepository();

    @BeforeAll
    void sameDraftsOnBothStores() {
        database = PgTestServer.newDatabase();
        sqlite = Copydesk.open(dir.resolve("s.db"), MutableClock.at(TempDesk.NOW));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // a rare word in three old drafts, a common one in every fifth; titles out of id order
            String body = (i % 5 == 0 ? "Caching the pages. " : "Plain text. ")
                    + (i == 3 || i == 17 || i == 40 ? "Idempotency keys for retries." : "Nothing else.");
            lines.add(DraftFiles.draftJson("r" + i, "Title " + (i * 37 % 400), body));
        }
        sqlite.imports().run(List.of(DraftFiles.lines(dir.resolve("d.jsonl"), lines)), TaskMonitor.NONE);
        sqlite.store().write(c -> c.createStatement().execute("ANALYZE"));
        sqlite.copyStoreTo(Path.of(database.toString()), TaskMonitor.NONE);
        postgres = Copydesk.openForCommand(Path.of(database.toString()), MutableClock.at(TempDesk.NOW));
    }

    @AfterAll
    void close() {
        if (postgres != null) {
            postgres.close();
        }
        if (sqlite != null) {
            sqlite.close();
        }
        if (database != null) {
            PgTestServer.dropDatabase(database);
        }
    }

    private List<String> page(Copydesk desk, DraftFilter filter, QueueSort sort, QueueKey after) {
        return desk.store().read(c -> queue.page(c, filter, sort, after, 10, QueuePlan.FILTER_FIRST))
                .stream().map(DraftRow::reference).toList();
    }

    private QueueKey lastKey(Copydesk desk, DraftFilter filter, QueueSort sort) {
        List<DraftRow> rows = desk.store().read(c -> queue.page(c, filter, sort, null, 10, QueuePlan.FILTER_FIRST));
        return rows.get(rows.size() - 1).key();
    }

    @Test
    void aRareWordsPageHoldsTheSameDraftsAsOnSqliteInEverySort() {
        List<DraftFilter> filters = List.of(DraftFilter.ALL.withSearch("idempotency"),
                DraftFilter.ALL.withSearch("nowhere"), DraftFilter.ALL.withSearch("caching"),
                DraftFilter.ALL.withSearch("caching").withStatuses(Set.of(ReviewStatus.PENDING)),
                DraftFilter.ALL.withSearch("idempotency OR caching"));
        for (DraftFilter filter : filters) {
            for (SortColumn column : List.of(SortColumn.NEWEST, SortColumn.TITLE, SortColumn.QUALITY)) {
                for (boolean ascending : new boolean[] {true, false}) {
                    QueueSort sort = new QueueSort(column, ascending);
                    List<String> first = page(sqlite, filter, sort, null);
                    assertThat(page(postgres, filter, sort, null)).as(filter + " by " + sort).isEqualTo(first);
                    if (first.size() == 10) {
                        // each store's own key of its last row (a title's key is folded by each its own way)
                        List<String> second = page(sqlite, filter, sort, lastKey(sqlite, filter, sort));
                        assertThat(second).doesNotContainAnyElementsOf(first);
                        assertThat(page(postgres, filter, sort, lastKey(postgres, filter, sort)))
                                .as(filter + " by " + sort + ", page 2").isEqualTo(second);
                    }
                }
            }
        }
        assertThat(page(postgres, DraftFilter.ALL.withSearch("idempotency"), QueueSort.NEWEST_FIRST, null))
                .containsExactly("r40", "r17", "r3");
        assertThat(page(postgres, DraftFilter.ALL.withSearch("nowhere"), QueueSort.NEWEST_FIRST, null)).isEmpty();
    }

    @Test
    void theMatchesAreGatheredBeforeTheyAreSortedNotFoundByWalkingTheDrafts() {
        List<String> plan = postgres.store().read(c -> queue.explainPage(c, DraftFilter.ALL.withSearch("idempotency"),
                QueueSort.NEWEST_FIRST, null, QueuePlan.FILTER_FIRST));
        String text = String.join("\n", plan);
        assertThat(text).as(text).contains("CTE Scan on m").contains("Sort Key: m.id DESC")
                .doesNotContain("Index Scan Backward");
    }
}
