package com.copydesk.cli;

import com.copydesk.app.Copydesk;
import com.copydesk.bench.EditorDrivers;
import com.copydesk.model.HistoryEntry;
import com.copydesk.model.StoredDraft;
import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Done when" for a team store, at a size for CI: five editor processes (JVMs of
 * their own) claiming and deciding at once on one PostgreSQL store: claims are disjoint, no draft
 * is decided twice (nothing is forced), and every decision is in the draft's history with its
 * editor. {@link com.copydesk.bench.TeamBenchmark} runs the same drivers on 100k drafts.
 */
class ConcurrentEditorsPostgresTest {
    private static final int DRAFTS = 240;
    private static final int EDITORS = 5;

    @RegisterExtension
    final CliRunner cli = CliRunner.onPostgres();

    @BeforeEach
    void importDrafts() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            lines.add(DraftFiles.draftJson("c" + i, "Concurrent draft " + i, "A body about subject " + i
                    + (i % 7 == 0 ? " TODO: reviewer, check this." : "") + " and words w" + i + "x."));
        }
        DraftFiles.lines(cli.dir().resolve("in/d.jsonl"), lines);
        CliRun imported = cli.run("import", cli.dir().resolve("in").toString());
        assertThat(imported.status).as(imported.toString()).isZero();
    }

    @Test
    void fiveEditorProcessesNeverShareAClaimNorDecideADraftTwice() throws Exception {
        List<EditorDrivers.Run> runs = EditorDrivers.run(cli.store(), EDITORS, 15, cli.dir().resolve("logs"));

        Map<String, String> claimedBy = new HashMap<>();
        Map<String, String> decidedBy = new HashMap<>();
        Map<String, String> statusOf = new HashMap<>();
        for (EditorDrivers.Run run : runs) {
            assertThat(run.exit()).as(run.editor() + ": " + run.err()).isZero();
            assertThat(run.finished()).as(run.err()).isTrue();
            assertThat(run.refused()).as("nothing refused").isEmpty();
            assertThat(run.duplicates()).as("no draft decided twice by one editor").isEmpty();
            for (String reference : run.claimed()) {
                String before = claimedBy.put(reference, run.editor());
                assertThat(before).as(reference + " claimed by " + before + " and " + run.editor()).isNull();
            }
            for (Map.Entry<String, String> decision : run.decided().entrySet()) {
                assertThat(decidedBy.put(decision.getKey(), run.editor())).as(decision.getKey() + " decided twice").isNull();
                assertThat(claimedBy).containsEntry(decision.getKey(), run.editor());
                statusOf.put(decision.getKey(), decision.getValue());
            }
        }
        assertThat(decidedBy).as("the editors worked through the store").hasSizeGreaterThan(DRAFTS / 2);
        assertThat(new HashSet<>(decidedBy.values())).as("all five took part").hasSize(EDITORS);

        try (Copydesk desk = Copydesk.openForCommand(cli.store(), cli.clock())) {
            long decidedInStore = 0;
            for (int i = 0; i < DRAFTS; i++) {
                String reference = "c" + i;
                StoredDraft draft = desk.queries().find(reference).orElseThrow();
                List<HistoryEntry> decisions = desk.queries().history(draft.id()).stream()
                        .filter(h -> h.field().equals("status")).toList();
                if (!decidedBy.containsKey(reference)) {
                    assertThat(decisions).as(reference + " was not decided").isEmpty();
                    continue;
                }
                decidedInStore++;
                assertThat(decisions).as("one decision, in the history, by its editor: " + reference).hasSize(1);
                assertThat(decisions.get(0).editor()).isEqualTo(decidedBy.get(reference));
                assertThat(decisions.get(0).newValue()).isEqualTo(statusOf.get(reference));
                assertThat(draft.review().status().name().toLowerCase()).isEqualTo(statusOf.get(reference));
            }
            assertThat(decidedInStore).isEqualTo(decidedBy.size());
        }
        Set<String> rejected = new HashSet<>();
        statusOf.forEach((ref, status) -> {
            if (status.equals("rejected")) {
                rejected.add(ref);
            }
        });
        assertThat(rejected).as("a blocked draft is rejected, never force-approved").allMatch(r -> Integer.parseInt(r.substring(1)) % 7 == 0);
    }
}
