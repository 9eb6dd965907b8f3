package com.copydesk.bench;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.QueuePlan;
import com.copydesk.model.QueueSort;
import com.copydesk.review.DraftQueries;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The queue's first page (newest first, 100 rows) and a full-text search's top 100, as the window
 * asks for them (count, plan, page: {@code QueuePages.open} then its first page, with who holds and
 * who decided each row), timed RUNS times after a warm-up; prints p50 and p99 in ms of the whole
 * and of the count alone.
 * Usage: {@code bench/run.sh QueueSearchBenchmark STORE [RUNS] [WORD...]} (default words: a rare
 * one, {@code caching}, {@code cach*}, {@code caching -rust}).
 */
public final class QueueSearchBenchmark {
    private static final int PAGE = 100;

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<String> words = args.length > 2 ? List.of(args).subList(2, args.length)
                : List.of("idempotency", "caching", "cach*", "caching -rust", "title:rust");
        try (Copydesk desk = Copydesk.openForCommand(store, Clock.systemUTC())) {
            DraftQueries queries = desk.queries();
            System.out.printf("queue and search, %,d drafts, %d runs each (ms: p50 / p99)%n",
                    queries.count(DraftFilter.ALL), runs);
            time(queries, "queue page, all drafts, newest first", DraftFilter.ALL, runs);
            for (String word : words) {
                time(queries, "search top 100: " + word, DraftFilter.ALL.withSearch(word), runs);
            }
        }
    }

    /** Times the whole (count, plan, page: what the window waits for) and, of it, the count alone. */
    private static void time(DraftQueries queries, String label, DraftFilter filter, int runs) {
        List<Double> millis = new ArrayList<>();
        List<Double> counting = new ArrayList<>();
        long matches = 0;
        for (int run = -5; run < runs; run++) {
            long start = System.nanoTime();
            matches = queries.count(filter);
            long counted = System.nanoTime();
            QueuePlan plan = queries.plan(filter, matches);
            queries.page(filter, QueueSort.NEWEST_FIRST, null, PAGE, plan);
            if (run >= 0) {
                millis.add((System.nanoTime() - start) / 1e6);
                counting.add((counted - start) / 1e6);
            }
        }
        Collections.sort(millis);
        Collections.sort(counting);
        System.out.printf("  %-45s %,9d matches  %7.1f / %7.1f   (the count: %5.1f / %5.1f)%n", label, matches,
                percentile(millis, 50), percentile(millis, 99), percentile(counting, 50), percentile(counting, 99));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
