package com.copydesk.bench;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.TaskMonitor;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * One editor at work, in a JVM of its own, as {@link TeamBenchmark} and the concurrency test
 * start five of them on one team store: claims {@code batch} drafts, decides each (approves it,
 * or rejects it when a blocking finding refuses the approval: never forced), and again, until
 * {@code seconds} have passed since it opened the store or nothing is left to claim. Prints what it did, one line each:
 * {@code claim MICROS REF...} and {@code decide MICROS REF STATUS}, then {@code done}.
 * Usage: {@code EditorDriver DB EDITOR SECONDS [BATCH]}.
 */
public final class EditorDriver {
    private EditorDriver() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String editor = args[1];
        Duration working = Duration.ofSeconds(Long.parseLong(args[2]));
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        PrintStream out = System.out;
        try (Copydesk desk = Copydesk.open(db, Clock.systemUTC())) {
            desk.actAs(editor);
            ReviewActions actions = desk.actions();
            // from here: opening the store and loading the rules take seconds on a loaded machine
            long end = System.nanoTime() + working.toNanos();
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                List<String> claimed = actions.claim(DraftFilter.ALL, batch, Duration.ofMinutes(30)).references();
                out.println("claim " + (System.nanoTime() - start) / 1000 + " " + String.join(" ", claimed));
                if (claimed.isEmpty()) {
                    break;
                }
                for (String reference : claimed) {
                    ReviewActions.Target target = new ReviewActions.Target.References(List.of(reference));
                    start = System.nanoTime();
                    ReviewActions.Outcome outcome = actions.approve(target, false, TaskMonitor.NONE);
                    String status = "approved";
                    if (outcome.changed() == 0) {
                        outcome = actions.reject(target, "blocked, by the driver", TaskMonitor.NONE);
                        status = "rejected";
                    }
                    long micros = (System.nanoTime() - start) / 1000;
                    if (outcome.changed() != 1) {
                        out.println("refused " + micros + " " + reference + " " + outcome);
                    } else {
                        out.println("decide " + micros + " " + reference + " " + status);
                    }
                }
            }
        }
        out.println("done");
        out.flush();
    }
}
