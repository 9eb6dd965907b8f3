package com.copydesk.cli;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftStats;
import com.copydesk.model.ReviewStatus;
import com.copydesk.review.DraftQueries;
import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts of drafts by status and flags that the store keeps ({@code draft_count}, schema
 * version 11) are the drafts' own COUNT(*) after every kind of write: imports (new and updated
 * drafts), decisions one by one and in bulk, undo and redo, flags changed by a new rule set and by
 * {@code reflag}, and drafts deleted. On the SQLite store here, on PostgreSQL in the subclass.
 */
class DraftCountTest {

    @RegisterExtension
    final CliRunner cli = runner();

    CliRunner runner() {
        return new CliRunner();
    }

    @Test
    void theKeptCountsAreTheDraftsCountAfterEveryKindOfWrite() throws Exception {
        // three drafts share a title: duplicate-title flags them; the rules that flag every draft this short are off
        ok(cli.run("rules", "--load", rules("checklist-mismatch", "missing-meta", "near-duplicate", "stale-review")
                .toString()));
        List<String> drafts = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            drafts.add(DraftFiles.draftJson("c" + i, i <= 3 ? "Same title" : "Title " + i,
                    "Body of draft " + i + ", about testing things in their own words number " + i + "."));
        }
        DraftFiles.lines(cli.dir().resolve("in/a.jsonl"), drafts);
        ok(cli.run("import", cli.dir().resolve("in").toString()));
        long flagged = assertCountsMatch("after the import");
        assertThat(flagged).as("some drafts flagged, some not: both kinds of rows are counted").isBetween(1L, 7L);

        ok(cli.run("approve", "--all-unflagged"));
        assertCountsMatch("after a bulk approval");
        ok(cli.run("reject", "--reason", "thin", "c1", "c2"));
        assertCountsMatch("after rejecting two");
        ok(cli.run("approve", "--force", "c3"));
        assertCountsMatch("after approving a flagged draft");
        ok(cli.run("undo"));
        assertCountsMatch("after undo");
        ok(cli.run("redo"));
        assertCountsMatch("after redo");
        ok(cli.run("pending", "c1"));
        assertCountsMatch("after setting one back to pending");

        // an updated draft: c2 gets a title of its own, so it and its former twins are judged again
        DraftFiles.lines(cli.dir().resolve("in/b.jsonl"), List.of(DraftFiles.draftJson("c2", "A title of its own",
                "Body of draft 2, about testing things in their own words number 2."),
                DraftFiles.draftJson("c9", "Title 4", "A ninth body, sharing a title with the fourth draft.")));
        ok(cli.run("import", cli.dir().resolve("in/b.jsonl").toString()));
        assertCountsMatch("after an import that updates and adds");

        ok(cli.run("rules", "--load", rules("checklist-mismatch", "missing-meta", "near-duplicate", "stale-review",
                "duplicate-title").toString()));
        assertThat(assertCountsMatch("after new rules flagged every draft again"))
                .as("the flags changed").isLessThan(flagged);
        ok(cli.run("reflag"));
        assertCountsMatch("after reflag");

        try (Copydesk desk = Copydesk.openForCommand(cli.store(), cli.clock())) {
            desk.store().write(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM draft WHERE reference IN ('c4', 'c5')")) {
                    return ps.executeUpdate();
                }
            });
        }
        assertCountsMatch("after deleting two drafts");
    }

    /** A rule file with these rules off. */
    private Path rules(String... off) throws Exception {
        StringBuilder yaml = new StringBuilder("rules:\n");
        for (String rule : off) {
            yaml.append("  ").append(rule).append(":\n    enabled: false\n");
        }
        return Files.writeString(cli.dir().resolve("rules-" + off.length + ".yaml"), yaml.toString());
    }

    private static void ok(CliRun run) {
        assertThat(run.status).as(run.toString()).isZero();
    }

    /** Every count of statuses and flags, kept against counted; returns how many drafts are flagged. */
    private long assertCountsMatch(String when) {
        try (Copydesk desk = Copydesk.openForCommand(cli.store(), cli.clock())) {
            DraftQueries queries = desk.queries();
            List<Set<ReviewStatus>> statusSets = new ArrayList<>(List.of(Set.of(), EnumSet.allOf(ReviewStatus.class)));
            for (ReviewStatus status : ReviewStatus.values()) {
                statusSets.add(Set.of(status));
                statusSets.add(EnumSet.complementOf(EnumSet.of(status)));
            }
            for (Set<ReviewStatus> statuses : statusSets) {
                DraftFilter byStatus = DraftFilter.ALL.withStatuses(statuses);
                for (DraftFilter filter : List.of(byStatus, byStatus.withFlaggedOnly(true), byStatus.withUnflaggedOnly())) {
                    assertThat(queries.count(filter)).as(when + ": " + filter).isEqualTo(counted(desk, filter));
                }
            }
            DraftStats stats = queries.stats();
            assertThat(stats.total()).as(when + ": stats").isEqualTo(counted(desk, DraftFilter.ALL));
            for (ReviewStatus status : ReviewStatus.values()) {
                assertThat(stats.byStatus().get(status)).as(when + ": stats " + status)
                        .isEqualTo(counted(desk, DraftFilter.ALL.withStatuses(Set.of(status))));
            }
            long flagged = counted(desk, DraftFilter.ALL.withFlaggedOnly(true));
            assertThat(stats.flagged()).as(when + ": stats flagged").isEqualTo(flagged);
            return flagged;
        }
    }

    /** COUNT(*) of the drafts themselves. */
    private static long counted(Copydesk desk, DraftFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM draft WHERE 1 = 1");
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND status IN (").append(String.join(", ",
                    filter.statuses().stream().map(s -> "'" + s.key() + "'").toList())).append(")");
        }
        if (filter.flagged() != null) {
            sql.append(" AND flagged = ").append(filter.flagged() ? 1 : 0);
        }
        return desk.store().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString()); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
