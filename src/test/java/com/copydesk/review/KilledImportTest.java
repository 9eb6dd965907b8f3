package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.app.Main;
import com.copydesk.model.ImportSummary;
import com.copydesk.support.DraftCorpus;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An import killed with SIGKILL at a random moment loses nothing, and running it again completes it. */
class KilledImportTest {
    private static final int DRAFTS = 60_000;

    @TempDir
    Path dir;

    @Test
    void killedMidImportTheStoreIsSoundAndTheSameImportCompletesIt() throws Exception {
        Path file = DraftCorpus.jsonLines(dir.resolve("big.jsonl"), DRAFTS, 7);
        Path store = dir.resolve("store.db");
        Copydesk.open(store, MutableClock.at("2026-11-25T10:00:00Z")).close();

        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--db", store.toString(), "import", file.toString());
        child.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        child.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        Process process = child.start();
        long committed;
        try {
            committed = waitForCommittedDrafts(store, 2_000, Duration.ofSeconds(60));
        } finally {
            // also when the wait timed out: a child left running would import on into the next tests
            process.destroyForcibly();
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).as("killed in the middle, not after the end").isLessThan(DRAFTS);

        try (Copydesk desk = Copydesk.open(store, MutableClock.at("2026-11-25T11:00:00Z"))) {
            assertThat(desk.store().integrityCheck()).isEqualTo("ok");
            long before = count(desk, "SELECT count(*) FROM draft");
            assertThat(count(desk, "SELECT count(*) FROM draft_fts WHERE draft_fts MATCH 'generated'"))
                    .as("the full-text index holds exactly the committed drafts").isEqualTo(before);
            assertThat(desk.queries().recentImports(1).get(0).state()).isEqualTo("interrupted");

            ImportSummary rerun = desk.imports().run(List.of(file), TaskMonitor.NONE);
            assertThat(rerun.rejected()).isZero();
            assertThat(rerun.unchanged()).isEqualTo(before);
            assertThat(rerun.imported()).isEqualTo(DRAFTS - before);
            assertThat(count(desk, "SELECT count(*) FROM draft")).isEqualTo(DRAFTS);
            assertThat(desk.store().integrityCheck()).isEqualTo("ok");
        }
    }

    /** Polls the store from this process, as the editor's window would, until drafts are committed. */
    private static long waitForCommittedDrafts(Path store, long atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store)) {
            while (System.nanoTime() < deadline) {
                long n = 0;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM draft")) {
                    n = rs.getLong(1);
                } catch (SQLException busy) {
                    // the child holds the lock for a moment; look again
                }
                if (n >= atLeast) {
                    return n;
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("the child process committed no drafts in time");
    }

    private static long count(Copydesk desk, String sql) {
        return desk.store().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.getLong(1);
            }
        });
    }
}
