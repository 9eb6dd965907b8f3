package com.copydesk.bench;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftStats;
import com.copydesk.model.ReviewStatus;
import com.copydesk.store.PgAddress;
import com.copydesk.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code stats --json} counts, on two stores side by side (a SQLite store and its
 * {@code copy-store} copy on PostgreSQL), field by field, without flagging either again: the
 * command flags a store whose rules changed since, and a 1M store opened by newer code would
 * spend an hour on that (and its findings would then be the new rules', not the copied ones).
 * The SQLite store is opened read-only; it must be at the current schema version.
 * Usage: {@code bench/run.sh CompareStoreStats STORE OTHER}; exits 1 when a count differs.
 */
public final class CompareStoreStats {
    private CompareStoreStats() {
    }

    public static void main(String[] args) {
        Map<String, Long> first = counts(Path.of(args[0]));
        Map<String, Long> second = counts(Path.of(args[1]));
        int differing = 0;
        for (String key : new TreeSet<>(union(first, second).keySet())) {
            Long a = first.get(key);
            Long b = second.get(key);
            boolean same = a != null && a.equals(b);
            differing += same ? 0 : 1;
            System.out.printf("%s %-32s %,12d %,12d%n", same ? " " : "≠", key, a == null ? -1 : a, b == null ? -1 : b);
        }
        System.out.printf("%d of %d counts differ%n", differing, union(first, second).size());
        System.exit(differing == 0 ? 0 : 1);
    }

    private static Map<String, Long> counts(Path store) {
        if (!PgAddress.isAddress(store.toString())) {
            // Copydesk.openForReading would migrate a store of an older version: never write to the source
            try (Store readOnly = Store.openForReading(store).orElseThrow(() -> new IllegalStateException(
                    store + " cannot be opened for reading only (older or newer schema); nothing was opened"))) {
                readOnly.path();
            }
        }
        try (Copydesk desk = Copydesk.openForReading(store, Clock.systemUTC())) {
            DraftStats stats = desk.queries().stats();
            Map<String, Long> counts = new TreeMap<>();
            counts.put("total", stats.total());
            counts.put("flagged", stats.flagged());
            for (ReviewStatus status : ReviewStatus.values()) {
                counts.put("by_status." + status.key(), stats.byStatus().getOrDefault(status, 0L));
            }
            stats.byRule().forEach((rule, n) -> counts.put("by_rule." + rule, n));
            return counts;
        }
    }

    private static Map<String, Long> union(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> all = new TreeMap<>(a);
        b.forEach(all::putIfAbsent);
        return all;
    }
}
