package com.copydesk.support;

import com.copydesk.app.Copydesk;
import com.copydesk.review.TaskMonitor;
import com.copydesk.rules.ruleset.RuleCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A store whose every draft, score, decision and finding is known, for the overview's tests.
 * Only the low-score rule (thresholds 70) judges drafts; other findings are written by hand.
 *
 * <pre>
 * draft  quality        freshness  depth  clarity  imported (UTC)      status    findings
 * r1     5              95         0      100      2026-11-20 09:00    approved  low-score (warn)
 * r2     10             90         70     9        2026-11-20 09:00    rejected  low-score (warn), suspicious-text x2 (block)
 * r3     99, editor 42  100        -      -        2026-11-20 09:00    pending   -
 * r4     100            100        100    100      2026-11-20 22:30    approved  ai-style (info)
 * r5     69             70         79     80       2026-11-22 10:00    pending   low-score (warn)
 * r6     -              -          -      -        2026-11-22 10:00    pending   suspicious-text (block)
 * </pre>
 */
public final class KnownDrafts {
    private KnownDrafts() {
    }

    /** Opens a new store in {@code dir} with only the low-score rule on. */
    public static Copydesk open(Path dir, MutableClock clock) {
        try {
            Files.writeString(dir.resolve("known.rules.yaml"), "rules:\n" + RuleCatalog.ids().stream()
                    .filter(id -> !id.equals("low-score"))
                    .map(id -> "  " + id + ":\n    enabled: false\n").collect(Collectors.joining()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Copydesk.open(dir.resolve("known.db"), clock);
    }

    /** A draft with the given imported scores; null leaves a score out. */
    public static String draft(String reference, Integer quality, Integer freshness, Integer depth, Integer clarity) {
        StringBuilder score = new StringBuilder();
        String[] names = {"quality", "freshness", "depth", "clarity"};
        Integer[] values = {quality, freshness, depth, clarity};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                score.append(score.length() == 0 ? "" : ",").append('"').append(names[i]).append("\":").append(values[i]);
            }
        }
        return "{\"reference\":\"" + reference + "\",\"title\":\"Draft " + reference + "\",\"body\":\"Body of "
                + reference + ".\"" + (score.length() == 0 ? "" : ",\"score\":{" + score + "}") + "}";
    }

    /** Imports the drafts at {@code instant}. */
    public static void importAt(Copydesk desk, MutableClock clock, Path dir, String instant, String... drafts) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
        Path file = DraftFiles.lines(dir.resolve("import-" + instant.replace(':', '-') + ".jsonl"), List.of(drafts));
        desk.imports().run(List.of(file), TaskMonitor.NONE);
    }

    /** Fills the store with the six drafts of the table above. */
    public static void fill(Copydesk desk, MutableClock clock, Path dir) {
        importAt(desk, clock, dir, "2026-11-20T09:00:00Z",
                draft("r1", 5, 95, 0, 100),
                draft("r2", 10, 90, 70, 9),
                draft("r3", 99, 100, null, null));
        importAt(desk, clock, dir, "2026-11-20T22:30:00Z", draft("r4", 100, 100, 100, 100));
        importAt(desk, clock, dir, "2026-11-22T10:00:00Z", draft("r5", 69, 70, 79, 80),
                draft("r6", null, null, null, null));
        Decisions.sql(desk, "UPDATE draft SET ed_quality = 42 WHERE reference = 'r3'");
        Decisions.approve(desk, clock.instant(), "r1", "r4");
        Decisions.decide(desk, "rejected", clock.instant(), "r2");
        Decisions.sql(desk, "INSERT INTO finding (draft_id, rule, severity, message) SELECT id, 'suspicious-text', "
                + "'block', 'a script tag' FROM draft WHERE reference IN ('r2', 'r6')");
        Decisions.sql(desk, "INSERT INTO finding (draft_id, rule, severity, message) SELECT id, 'suspicious-text', "
                + "'block', 'an iframe' FROM draft WHERE reference = 'r2'");
        Decisions.sql(desk, "INSERT INTO finding (draft_id, rule, severity, message) SELECT id, 'ai-style', "
                + "'info', 'sounds generated' FROM draft WHERE reference = 'r4'");
        Decisions.sql(desk, "UPDATE draft SET severity = 3 WHERE reference IN ('r2', 'r6')");
        Decisions.sql(desk, "UPDATE draft SET severity = 1 WHERE reference = 'r4'");
    }
}
