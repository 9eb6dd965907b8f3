package com.copydesk.store;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.ReviewStatus;
import com.copydesk.support.MutableClock;
import com.copydesk.support.PgTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store made before schema version 11 holds drafts and no {@code draft_count}: the migration
 * counts them once, so the kept counts are right from the first open on, on both stores.
 */
class DraftCountMigrationTest {
    @TempDir
    Path dir;

    /** 7 pending (3 of them flagged: severity 2 and 3), 2 approved, 1 rejected and flagged. */
    private static void insertDrafts(Connection c) throws SQLException {
        String[][] drafts = {{"pending", "0"}, {"pending", "0"}, {"pending", "1"}, {"pending", "1"}, {"pending", "2"},
                {"pending", "2"}, {"pending", "3"}, {"approved", "0"}, {"approved", "1"}, {"rejected", "2"}};
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < drafts.length; i++) {
                s.executeUpdate("INSERT INTO draft (reference, title, content_hash, imported_at, updated_at, status, "
                        + "severity) VALUES ('r" + i + "', 'T', 'h', 'now', 'now', '" + drafts[i][0] + "', "
                        + drafts[i][1] + ")");
            }
        }
    }

    private static void assertCounts(Connection c) throws SQLException {
        QueueRepository queue = new QueueRepository();
        assertThat(queue.count(c, DraftFilter.ALL)).isEqualTo(10);
        assertThat(queue.count(c, DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.PENDING)))).isEqualTo(7);
        assertThat(queue.count(c, DraftFilter.ALL.withFlaggedOnly(true))).isEqualTo(4);
        assertThat(queue.count(c, DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.PENDING, ReviewStatus.REJECTED))
                .withUnflaggedOnly())).isEqualTo(4);
        assertThat(queue.stats(c).byStatus()).containsEntry(ReviewStatus.APPROVED, 2L)
                .containsEntry(ReviewStatus.REJECTED, 1L);
    }

    @Test
    void aSqliteStoreOfVersion10IsCountedByTheMigration() {
        Path file = dir.resolve("v10.db");
        MutableClock clock = MutableClock.at("2026-12-08T01:00:00Z");
        try (Store v10 = Store.open(file, clock, Migrations.ALL.subList(0, Migrations.ALL.size() - 1))) {
            assertThat(v10.schemaVersion()).isEqualTo(10);
            v10.write(c -> {
                insertDrafts(c);
                return null;
            });
        }
        try (Store store = Store.open(file, clock)) {
            assertThat(store.schemaVersion()).isEqualTo(11);
            store.read(c -> {
                assertCounts(c);
                return null;
            });
        }
    }

    @Test
    void aTeamStoreOfVersion10IsCountedByTheMigration() throws Exception {
        PgAddress database = PgTestServer.newDatabase();
        try {
            try (Connection c = PgStoreOpener.connect(database)) {
                PgStoreOpener.migrate(c, database, PgSchema.ALL.subList(0, PgSchema.ALL.size() - 1));
                assertThat(PgStoreOpener.schemaVersion(c)).isEqualTo(10);
                insertDrafts(c);
            }
            try (Store store = Store.openPostgres(database)) {
                assertThat(store.schemaVersion()).isEqualTo(11);
                store.read(c -> {
                    assertCounts(c);
                    return null;
                });
            }
        } finally {
            PgTestServer.dropDatabase(database);
        }
    }
}
