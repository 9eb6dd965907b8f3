package com.copydesk.cli;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.ReviewStatus;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.TaskMonitor;
import com.copydesk.store.PgAddress;
import com.copydesk.store.PgStoreOpener;
import com.copydesk.store.StoreException;
import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection to the team store's server drops in the middle of a bulk approve (the backend
 * terminated from another connection): the approve rolls back whole and says so (exit 3), no
 * draft of it is decided, the history is as it was, and the next command works, on the same
 * store's pool too. The bulk is caught mid-way without a sleep: a second connection holds the
 * last draft it will reach, so it waits there, every earlier draft already written in its
 * transaction, until the test ends its backend.
 */
class DroppedConnectionPostgresTest {
    private static final int DRAFTS = 30;

    @RegisterExtension
    final CliRunner postgres = CliRunner.onPostgres();

    private PgAddress address() {
        return PgAddress.parse(postgres.store().toString());
    }

    /** Drafts no rule flags, so that {@code approve --all-unflagged} takes every one. */
    private void importDrafts() {
        String off = "rules:\n" + List.of("checklist-mismatch", "missing-meta", "stale-review", "near-duplicate",
                "duplicate-title").stream().map(rule -> "  " + rule + ": {enabled: false}\n").reduce("", String::concat);
        CliRun rules = postgres.run("rules", "--load",
                DraftFiles.write(postgres.dir().resolve("quiet.rules.yaml"), off).toString());
        assertThat(rules.status).as(rules.toString()).isZero();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            lines.add(DraftFiles.draftJson("r" + i, "Title " + i, "A plain body about caching, number " + i + "."));
        }
        CliRun imported = postgres.run("import", DraftFiles.lines(postgres.dir().resolve("d.jsonl"), lines).toString());
        assertThat(imported.status).as(imported.toString()).isZero();
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Runs {@code bulk} on a thread while {@code blocker} holds the last pending, unflagged draft;
     * once the bulk waits for it having written, ends the bulk's backend; returns what the bulk gave.
     */
    private <T> T dropConnectionMidBulk(Connection blocker, Supplier<T> bulk) throws Exception {
        long last = number(blocker, "SELECT max(id) FROM draft WHERE status = 'pending' AND flagged = 0");
        blocker.setAutoCommit(false);
        try (Statement s = blocker.createStatement()) {
            s.executeQuery("SELECT id FROM draft WHERE id = " + last + " FOR UPDATE").close();
        }
        CompletableFuture<T> running = CompletableFuture.supplyAsync(bulk);
        // the bulk's backend: in a transaction that has written (an xid), waiting for the draft's lock
        String waiting = "SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND backend_xid IS NOT NULL";
        long pid = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection watcher = PgStoreOpener.connect(address())) {
            while (pid == 0 && System.nanoTime() < deadline && !running.isDone()) {
                pid = number(watcher, waiting);
            }
            assertThat(pid).as("the bulk approve waits for the held draft, having written").isPositive();
            assertThat(number(watcher, "SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid
                    + " AND query LIKE '%FOR UPDATE%'")).as("it waits in the bulk, for a draft's lock").isOne();
            try (Statement s = watcher.createStatement()) {
                s.executeQuery("SELECT pg_terminate_backend(" + pid + ")").close();
            }
        } finally {
            blocker.rollback();
            blocker.setAutoCommit(true);
        }
        return running.get(60, TimeUnit.SECONDS);
    }

    @Test
    void aBulkApproveWhoseConnectionDropsRollsBackWholeSaysSoAndTheNextCommandWorks() throws Exception {
        importDrafts();
        try (Connection blocker = PgStoreOpener.connect(address())) {
            long history = number(blocker, "SELECT count(*) FROM history");
            long changeSets = number(blocker, "SELECT count(*) FROM change_set");
            assertThat(number(blocker, "SELECT count(*) FROM draft WHERE status = 'pending' AND flagged = 0"))
                    .as("drafts the bulk approves").isEqualTo(DRAFTS);

            CliRun approve = dropConnectionMidBulk(blocker, () -> postgres.run("approve", "--all-unflagged"));

            assertThat(approve.status).as(approve.toString()).isEqualTo(ExitCode.STORE);
            assertThat(approve.err).contains("connection to the PostgreSQL server at " + address().server())
                    .contains("was lost in the middle of the write").contains("nothing of it was stored");
            assertThat(number(blocker, "SELECT count(*) FROM draft WHERE status <> 'pending'"))
                    .as("no draft of the bulk decided").isZero();
            assertThat(number(blocker, "SELECT count(*) FROM history")).as("history").isEqualTo(history);
            assertThat(number(blocker, "SELECT count(*) FROM change_set")).as("journal").isEqualTo(changeSets);
        }
        CliRun next = postgres.run("approve", "r0");
        assertThat(next.status).as(next.toString()).isZero();
        assertThat(postgres.run("show", "--json", "r0").out).contains("\"approved\"");
    }

    @Test
    void theSameStoresPoolHandsOutAWorkingConnectionAfterTheDrop() throws Exception {
        importDrafts();
        try (Copydesk desk = Copydesk.openForCommand(postgres.store(), postgres.clock());
             Connection blocker = PgStoreOpener.connect(address())) {
            ReviewActions.Target all = new ReviewActions.Target.Matching(
                    DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.PENDING)).withUnflaggedOnly());
            Object failure = dropConnectionMidBulk(blocker, () -> {
                try {
                    return desk.actions().approve(all, false, TaskMonitor.NONE);
                } catch (StoreException e) {
                    return e;
                }
            });
            assertThat(failure).isInstanceOf(StoreException.class);
            assertThat(((StoreException) failure).getMessage()).contains("nothing of it was stored");
            assertThat(number(blocker, "SELECT count(*) FROM draft WHERE status <> 'pending'")).isZero();

            ReviewActions.Outcome again = desk.actions().approve(all, false, TaskMonitor.NONE);
            assertThat(again.changed()).as("the same approve, run again on the same store").isEqualTo(DRAFTS);
        }
    }
}
