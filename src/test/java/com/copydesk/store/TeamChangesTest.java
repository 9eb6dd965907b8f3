package com.copydesk.store;

import com.copydesk.support.PgTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A team store's change sequence: two stores open on one database stand for two editors'
 * processes. Each is told of the other's commits at once, not of its own; its version moves
 * with the other's commits only; a rolled-back write tells nobody.
 */
class TeamChangesTest {
    private PgAddress database;
    private Store mine;
    private Store theirs;

    @BeforeEach
    void open() {
        database = PgTestServer.newDatabase();
        mine = Store.openPostgres(database);
        theirs = Store.openPostgres(database);
    }

    @AfterEach
    void close() {
        if (mine != null) {
            mine.close();
        }
        if (theirs != null) {
            theirs.close();
        }
        PgTestServer.dropDatabase(database);
    }

    private static void touch(Store store, String value) {
        store.write(c -> {
            new SettingRepository().put(c, "test.touch", value);
            return null;
        });
    }

    @Test
    void anotherProcesssCommitWakesTheWindowAndMovesItsVersionItsOwnDoNot() throws Exception {
        Semaphore woken = new Semaphore(0);
        assertThat(mine.onOthersChange(woken::release)).as("a team store tells of changes").isTrue();
        // the listener looks once when it has connected: that wake-up is not a change
        assertThat(woken.tryAcquire(10, TimeUnit.SECONDS)).as("listening").isTrue();
        assertThat(mine.othersChangesTold()).isTrue();
        long before = mine.othersVersion();

        touch(mine, "1");
        touch(mine, "2");
        assertThat(mine.othersVersion()).as("its own writes leave it as it is").isEqualTo(before);
        assertThat(woken.tryAcquire(1, TimeUnit.SECONDS)).as("not woken by its own writes").isFalse();

        touch(theirs, "3");
        assertThat(woken.tryAcquire(3, TimeUnit.SECONDS)).as("woken by the other's commit within 3 s").isTrue();
        assertThat(mine.othersVersion()).isEqualTo(before + 1);
        assertThat(theirs.othersVersion()).as("the other counts my two").isEqualTo(2);
    }

    @Test
    void aWriteThatRollsBackTellsNobodyAndTheNextNumberFollowsWithoutAGap() throws Exception {
        Semaphore woken = new Semaphore(0);
        mine.onOthersChange(woken::release);
        assertThat(woken.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        long before = mine.othersVersion();
        try {
            theirs.write(c -> {
                new SettingRepository().put(c, "test.touch", "lost");
                throw new IllegalStateException("the work fails after writing");
            });
        } catch (IllegalStateException expected) {
            // rolled back whole
        }
        assertThat(woken.tryAcquire(1, TimeUnit.SECONDS)).isFalse();
        assertThat(mine.othersVersion()).isEqualTo(before);
        touch(theirs, "kept");
        assertThat(woken.tryAcquire(3, TimeUnit.SECONDS)).isTrue();
        assertThat(mine.othersVersion()).isEqualTo(before + 1);
        assertThat(mine.read(TeamChanges::latest)).as("one number per commit, none for the rollback").isEqualTo(1);
    }

    @Test
    void aCommitThatFailsAfterTheNumberWasTakenKeepsNothingAndTellsNobody() throws Exception {
        // the number and the commit go to the server together: a commit refused there (a deferred
        // check, run only at the commit) must leave neither the write nor the number behind
        PgTestServer.execute(database, "CREATE TABLE test_later (draft_id bigint REFERENCES draft(id) "
                + "DEFERRABLE INITIALLY DEFERRED)");
        Semaphore woken = new Semaphore(0);
        mine.onOthersChange(woken::release);
        assertThat(woken.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> theirs.write(c -> {
            new SettingRepository().put(c, "test.touch", "refused at the commit");
            try (java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO test_later VALUES (424242)");
            }
            return null;
        })).isInstanceOf(StoreException.class);
        java.util.Optional<String> refused = theirs.read(c -> new SettingRepository().get(c, "test.touch"));
        assertThat(refused).as("rolled back").isEmpty();
        assertThat(mine.read(TeamChanges::latest)).as("no number taken").isZero();
        assertThat(woken.tryAcquire(1, TimeUnit.SECONDS)).as("nobody told").isFalse();

        touch(theirs, "kept");
        assertThat(woken.tryAcquire(3, TimeUnit.SECONDS)).as("the connection goes on").isTrue();
        assertThat(mine.read(TeamChanges::latest)).isEqualTo(1);
        java.util.Optional<String> kept = theirs.read(c -> new SettingRepository().get(c, "test.touch"));
        assertThat(kept).contains("kept");
    }

    @Test
    void aDroppedListenerConnectsAgainAndLooksOnce() throws Exception {
        Semaphore woken = new Semaphore(0);
        mine.onOthersChange(woken::release);
        assertThat(woken.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        PgTestServer.execute(database, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND query = 'LISTEN " + TeamChanges.CHANNEL + "'");
        touch(theirs, "while away");
        // connected again (after a pause), it looks once: what was committed meanwhile is read then
        assertThat(woken.tryAcquire(15, TimeUnit.SECONDS)).isTrue();
        assertThat(mine.othersChangesTold()).isTrue();
        assertThat(mine.othersVersion()).isEqualTo(1);
    }
}
