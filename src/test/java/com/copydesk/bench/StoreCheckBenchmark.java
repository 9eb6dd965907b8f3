package com.copydesk.bench;

import com.copydesk.app.Copydesk;
import com.copydesk.review.ReviewActions.Target;
import com.copydesk.review.TaskMonitor;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What knowing the store sound before a write costs (README, "Store"). On a copy of STORE: the
 * command line's {@code approve} of one draft (open, write, close) RUNS times on a store unchanged
 * since Copydesk closed it (the check is then a comparison of file sizes and times with the
 * clean-close mark) and RUNS times with the mark gone (as after a kill or a copy: {@code PRAGMA
 * quick_check} first); the mark's comparison alone; and {@code quick_check} and the full
 * {@code integrity_check} of {@code check-store} alone. Usage:
 * {@code bench/run.sh StoreCheckBenchmark STORE [RUNS]} (RUNS defaults to 5); the copy is deleted after.
 */
public final class StoreCheckBenchmark {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("copydesk-check-bench");
        Path store = dir.resolve("store.db");
        try {
            Files.copy(source, store);
            String reference;
            long drafts;
            try (Copydesk desk = Copydesk.open(store, Clock.systemUTC())) {
                drafts = desk.queries().stats().total();
                reference = desk.store().read(c -> {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                            "SELECT reference FROM draft ORDER BY id LIMIT 1")) {
                        return rs.getString(1);
                    }
                });
            }
            System.out.printf("store check benchmark: %,d drafts, %.0f MB, %d runs each%n", drafts,
                    Files.size(store) / 1e6, runs);
            Method matches = Class.forName("com.copydesk.store.CleanMark").getDeclaredMethod("matches", Path.class);
            matches.setAccessible(true);
            List<Double> markOnly = new ArrayList<>();
            List<Double> unchanged = new ArrayList<>();
            List<Double> checked = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                boolean clean = (boolean) matches.invoke(null, store);
                markOnly.add((System.nanoTime() - start) / 1e9);
                if (!clean) {
                    throw new IllegalStateException("the store does not match its clean-close mark");
                }
                unchanged.add(approve(store, reference, run));
                Files.delete(store.resolveSibling(store.getFileName() + ".copydesk-closed"));
                checked.add(approve(store, reference, run));
            }
            double approve = median(unchanged);
            System.out.printf("approve, store unchanged since a clean close: median %.3f s; the mark's comparison"
                    + " in it: %.6f s (%.3f %% of the approve)%n", approve, median(markOnly),
                    100 * median(markOnly) / approve);
            System.out.printf("approve after an unclean close (quick_check first): median %.3f s%n", median(checked));
            System.out.printf("PRAGMA quick_check alone: %.2f s; PRAGMA integrity_check (check-store) alone: %.2f s%n",
                    pragma(store, "quick_check"), pragma(store, "integrity_check"));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** One command's approve (or reopen, every other run, so that each one writes): open, write, close. */
    private static double approve(Path store, String reference, int run) {
        long start = System.nanoTime();
        try (Copydesk desk = Copydesk.openForCommand(store, Clock.systemUTC())) {
            Target target = new Target.References(List.of(reference));
            if (run % 2 == 0) {
                desk.actions().approve(target, true, TaskMonitor.NONE);
            } else {
                desk.actions().reopen(target, TaskMonitor.NONE);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double pragma(Path store, String pragma) throws Exception {
        long start = System.nanoTime();
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store, readOnly.toProperties());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            if (!"ok".equals(rs.getString(1))) {
                throw new IllegalStateException(pragma + ": " + rs.getString(1));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
