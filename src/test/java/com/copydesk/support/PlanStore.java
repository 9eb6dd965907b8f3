package com.copydesk.support;

import com.copydesk.app.Copydesk;
import com.copydesk.review.TaskMonitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A store for the query-plan tests: enough drafts, analysed, that SQLite's planner chooses as it
 * would on a real store (on an empty one it may scan where it would otherwise use an index).
 */
public final class PlanStore {
    private PlanStore() {
    }

    /** A store of {@code drafts} plain drafts in {@code dir}, with {@code ANALYZE} run. */
    public static Copydesk open(Path dir, int drafts) {
        Copydesk desk = Copydesk.open(dir.resolve("plan.db"), MutableClock.at(TempDesk.NOW));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < drafts; i++) {
            lines.add(DraftFiles.draftJson("r" + i, "Title " + i, "Body " + i));
        }
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("d.jsonl"), lines)), TaskMonitor.NONE);
        desk.store().write(c -> c.createStatement().execute("ANALYZE"));
        return desk;
    }
}
