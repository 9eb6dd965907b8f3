package com.copydesk.store;

import com.copydesk.app.Copydesk;
import com.copydesk.app.Main;
import com.copydesk.model.ImportSummary;
import com.copydesk.model.ReviewStatus;
import com.copydesk.review.ImportDrafts;
import com.copydesk.review.ReviewActions.Target;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.DraftCorpus;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Faults the way SQLite tests itself: the real command line in a new JVM stopped dead at a named
 * point ({@link FaultPoint}) of a backup, a migration, an import and a bulk approval, and a full
 * disk. Each case asserts the store's integrity, that every decision committed before is still
 * there, and what the promise says of the interrupted step (all or nothing; a backup whole or absent).
 */
class FaultSuiteTest {
    private static final int HALTED = 86;

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");

    /** Runs {@code copydesk --db store ARGS} in a new JVM that halts at {@code haltAt}; its exit status. */
    private int child(Path store, String haltAt, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcopydesk.test.haltAt=" + haltAt, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--db", store.toString()));
        command.addAll(List.of(args));
        ProcessBuilder child = new ProcessBuilder(command);
        child.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        child.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        Process process = child.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child ended").isTrue();
        return process.exitValue();
    }

    /** A schema-1 store with one approved draft: what an older Copydesk left. */
    private Path olderStoreWithADecision() {
        Path file = dir.resolve("old.db");
        try (Store v1 = Store.open(file, clock, Migrations.ALL.subList(0, 1))) {
            v1.write(c -> c.createStatement().executeUpdate("INSERT INTO draft (reference, title, content_hash,"
                    + " imported_at, updated_at, status, decided_at) VALUES ('r1', 't', 'h', 'x', 'x', 'approved', 'x')"));
            v1.write(c -> c.createStatement().executeUpdate("INSERT INTO draft_text (draft_id, body, document)"
                    + " SELECT id, 'body', '{}' FROM draft"));
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"backup.afterCopy", "backup.beforeRename"})
    void aBackupKilledOnItsWayLeavesNoFileUnderABackupsNameAndTheStoreAsItWas(String point) throws Exception {
        Path store = olderStoreWithADecision();

        assertThat(child(store, point, "approve", "r1")).isEqualTo(HALTED);

        assertThat(Backups.list(store)).as("no file under a backup's name").isEmpty();
        assertThat(scalar(store, "PRAGMA user_version")).as("not migrated").isEqualTo(1);
        assertThat(integrity(store)).isEqualTo("ok");
        try (Store reopened = Store.open(store, clock)) {
            assertThat(reopened.migrationBackup()).isPresent();
            assertThat(Backups.check(reopened.migrationBackup().get()).sound()).isTrue();
            assertThat(status(reopened, "r1")).isEqualTo("approved");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the temporary was removed")
                    .noneMatch(n -> n.endsWith(Backups.PARTIAL));
        }
    }

    @Test
    void aMigrationKilledBetweenStepsKeepsItsSoundBackupAndTheNextOpenFinishesIt() throws Exception {
        Path store = olderStoreWithADecision();

        assertThat(child(store, "migration.afterStep#2", "approve", "r1")).isEqualTo(HALTED);

        List<Path> backups = Backups.list(store);
        assertThat(backups).hasSize(1);
        assertThat(Backups.check(backups.get(0)).sound()).isTrue();
        assertThat(scalar(backups.get(0), "PRAGMA user_version")).isEqualTo(1);
        assertThat(scalar(store, "PRAGMA user_version")).as("two steps committed").isEqualTo(3);
        assertThat(integrity(store)).isEqualTo("ok");
        try (Store reopened = Store.open(store, clock)) {
            assertThat(reopened.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(status(reopened, "r1")).isEqualTo("approved");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"action.beforeCommit", "store.afterCommit#3"})
    void aBulkApprovalKilledIsAllOrNothingAndKeepsEveryEarlierDecision(String point) throws Exception {
        Path store = dir.resolve("desk.db");
        List<String> decided = new ArrayList<>();
        try (Copydesk desk = Copydesk.open(store, clock)) {
            desk.imports().run(List.of(DraftCorpus.jsonLines(dir.resolve("in.jsonl"), 60, 11)), TaskMonitor.NONE);
            desk.queries().forEachId(com.copydesk.model.DraftFilter.ALL, id -> {
                if (decided.size() < 5) {
                    decided.add(desk.queries().find(id).orElseThrow().reference());
                }
            });
            desk.actions().reject(new Target.References(decided), "not for us", TaskMonitor.NONE);
        }
        long pendingBefore = count(store, "SELECT count(*) FROM draft WHERE status = 'pending'");

        assertThat(child(store, point, "approve", "--all-unflagged")).isEqualTo(HALTED);

        assertThat(integrity(store)).isEqualTo("ok");
        try (Copydesk desk = Copydesk.open(store, clock)) {
            for (String reference : decided) {
                assertThat(desk.queries().find(reference).orElseThrow().status()).isEqualTo(ReviewStatus.REJECTED);
            }
        }
        long approved = count(store, "SELECT count(*) FROM draft WHERE status = 'approved'");
        long approvalSteps = count(store, "SELECT count(*) FROM change_set WHERE action = 'approve'");
        if (point.startsWith("action")) {
            assertThat(approved).as("killed before the commit: nothing of the approval").isZero();
            assertThat(count(store, "SELECT count(*) FROM draft WHERE status = 'pending'")).isEqualTo(pendingBefore);
        } else {
            assertThat(approvalSteps).as("one step, committed whole").isEqualTo(1);
            assertThat(approved).isEqualTo(count(store, "SELECT count(DISTINCT h.draft_id) FROM history h"
                    + " JOIN change_set s ON s.id = h.change_set WHERE s.action = 'approve'"));
        }
    }

    @Test
    void anImportKilledAfterABatchKeepsWholeBatchesAndTheSameImportCompletesIt() throws Exception {
        Path store = dir.resolve("desk.db");
        Copydesk.open(store, clock).close();
        Path file = DraftCorpus.jsonLines(dir.resolve("in.jsonl"), 1200, 13);

        assertThat(child(store, "import.afterBatch#1", "import", file.toString())).isEqualTo(HALTED);

        assertThat(integrity(store)).isEqualTo("ok");
        long kept = count(store, "SELECT count(*) FROM draft");
        assertThat(kept).as("whole batches only").isEqualTo(1000);
        try (Copydesk desk = Copydesk.open(store, clock)) {
            ImportSummary rerun = desk.imports().run(List.of(file), ImportDrafts.OnDuplicate.FIRST, TaskMonitor.NONE);
            assertThat(rerun.unchanged()).isEqualTo(kept);
            assertThat(rerun.imported()).isEqualTo(1200 - kept);
        }
    }

    @Test
    void aFullDiskFailsTheWriteWithAdviceAndKeepsEverythingCommitted() throws Exception {
        Path store = dir.resolve("desk.db");
        try (Copydesk desk = Copydesk.open(store, clock)) {
            desk.imports().run(List.of(DraftCorpus.jsonLines(dir.resolve("a.jsonl"), 50, 3)), TaskMonitor.NONE);
            long pages = desk.store().write(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                    return rs.getLong(1);
                }
            });
            // The store may not grow past what it has: SQLite answers SQLITE_FULL, as on a full disk.
            desk.store().write(c -> c.createStatement().execute("PRAGMA max_page_count = " + (pages + 2)));
            Path big = DraftCorpus.jsonLines(dir.resolve("b.jsonl"), 400, 4);
            assertThatThrownBy(() -> desk.imports().run(List.of(big), TaskMonitor.NONE))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(store.toString())
                    .hasMessageContaining("is full")
                    .hasMessageContaining("Free some space");
        }
        assertThat(integrity(store)).isEqualTo("ok");
        assertThat(count(store, "SELECT count(*) FROM draft")).isGreaterThanOrEqualTo(50);
    }

    private static String status(Store store, String reference) {
        return store.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT status FROM draft WHERE reference = '" + reference + "'")) {
                return rs.getString(1);
            }
        });
    }

    private static String integrity(Path file) throws Exception {
        try (Connection c = Backups.connectReadOnly(file); Statement s = c.createStatement()) {
            return Backups.integrity(s, "integrity_check");
        }
    }

    private static long scalar(Path file, String sql) throws Exception {
        return count(file, sql);
    }

    private static long count(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }
}
