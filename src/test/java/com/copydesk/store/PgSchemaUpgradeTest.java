package com.copydesk.store;

import com.copydesk.support.PgTestServer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team store made by the schema's version 8 is brought to the latest on open: claims get their
 * index, the near-duplicate index its notes of full buckets.
 */
class PgSchemaUpgradeTest {
    @Test
    void aVersion8StoreGetsTheIndexOfPendingDraftsOnOpen() throws Exception {
        PgAddress database = PgTestServer.newDatabase();
        try {
            try (Connection c = PgStoreOpener.connect(database)) {
                PgStoreOpener.migrate(c, database, PgSchema.ALL.subList(0, 1));
                assertThat(PgStoreOpener.schemaVersion(c)).isEqualTo(8);
                assertThat(hasIndex(c, "draft_pending")).isFalse();
            }
            try (Store store = Store.openPostgres(database)) {
                assertThat(store.schemaVersion()).isEqualTo(PgSchema.latestVersion()).isEqualTo(11);
                assertThat((boolean) store.read(c -> hasIndex(c, "draft_pending"))).isTrue();
                assertThat((boolean) store.read(c -> hasIndex(c, "near_full_pkey"))).isTrue();
            }
        } finally {
            PgTestServer.dropDatabase(database);
        }
    }

    private static boolean hasIndex(Connection c, String name) throws java.sql.SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_indexes WHERE indexname = '" + name + "'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
