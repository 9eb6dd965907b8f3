package com.copydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The team-store benchmark: EDITORS processes ({@link EditorDriver}) claiming 5 drafts and
 * deciding them, again and again, for SECONDS on one store (a team store made with
 * {@code copy-store} from a large SQLite store); prints claim and decide p50/p99 over all of them,
 * checks that claims were disjoint and no draft decided twice, then times the queue's first page
 * and searches as the window asks for them ({@link QueueSearchBenchmark}).
 * Usage: {@code bench/run.sh TeamBenchmark DB [EDITORS] [SECONDS]}.
 */
public final class TeamBenchmark {
    private TeamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int editors = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        Path logs = Files.createTempDirectory("copydesk-team-bench");
        List<EditorDrivers.Run> runs = EditorDrivers.run(db, editors, seconds, logs);
        List<Long> claims = new ArrayList<>();
        List<Long> decisions = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        Set<String> decided = new HashSet<>();
        int claimedTwice = 0;
        int decidedTwice = 0;
        int refused = 0;
        for (EditorDrivers.Run run : runs) {
            if (run.exit() != 0 || !run.finished()) {
                System.out.println(run.editor() + " failed (exit " + run.exit() + "): " + run.err());
            }
            claims.addAll(run.claimMicros());
            decisions.addAll(run.decideMicros());
            refused += run.refused().size();
            for (String reference : run.claimed()) {
                claimedTwice += claimed.add(reference) ? 0 : 1;
            }
            for (String reference : run.decided().keySet()) {
                decidedTwice += decided.add(reference) ? 0 : 1;
            }
            decidedTwice += run.duplicates().size();
        }
        System.out.printf("%d editors for %d s on %s: %,d claims, %,d decisions (%.1f/s in all)%n", editors, seconds, db,
                claims.size(), decisions.size(), decisions.size() / (double) seconds);
        System.out.printf("  claim 5   p50 %7.1f ms  p99 %7.1f ms%n", EditorDrivers.percentileMillis(claims, 50),
                EditorDrivers.percentileMillis(claims, 99));
        System.out.printf("  decide 1  p50 %7.1f ms  p99 %7.1f ms%n", EditorDrivers.percentileMillis(decisions, 50),
                EditorDrivers.percentileMillis(decisions, 99));
        System.out.printf("  claimed by two: %d, decided twice: %d, refused: %d (logs in %s)%n", claimedTwice,
                decidedTwice, refused, logs);
        QueueSearchBenchmark.main(new String[] {db.toString(), "50"});
    }
}
