package com.copydesk.store;

import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A use case's transaction ({@link Store#transaction} with a {@link Tx}) is the store's own: one
 * transaction, rolled back whole when SQL fails, and the failure reported as the store reports
 * its own, never as the unchecked wrapper that carried it out of the work.
 */
class TxTest {
    @TempDir
    Path dir;
    private final SettingRepository settings = new SettingRepository();

    @Test
    void aFailureOfSqlInAUseCasesTransactionRollsItBackAndIsTheStoresOwnMessage() {
        try (Store store = Store.open(dir.resolve("tx.db"), MutableClock.at("2026-11-25T10:00:00Z"))) {
            assertThatThrownBy(() -> store.transaction(tx -> {
                settings.put(tx, "tx-test", "written before the failure");
                return tx.sql(c -> {
                    throw new SQLException("the disk said no");
                });
            })).isInstanceOf(StoreException.class).hasMessageContaining("the disk said no")
                    .hasCauseInstanceOf(SQLException.class);

            Optional<String> afterFailure = store.reading(tx -> settings.get(tx, "tx-test"));
            assertThat(afterFailure).as("rolled back whole").isEmpty();
            store.transaction(tx -> {
                settings.put(tx, "tx-test", "kept");
                return null;
            });
            Optional<String> kept = store.reading(tx -> settings.get(tx, "tx-test"));
            assertThat(kept).contains("kept");
        }
    }

    @Test
    void aHistoryEntryThatFailsInsideAStoreWriteIsReportedAsTheStoresFailure() {
        try (Store store = Store.open(dir.resolve("history.db"), MutableClock.at("2026-11-25T10:00:00Z"))) {
            // no draft 424242: the history's foreign key refuses the entry
            assertThatThrownBy(() -> store.transaction(tx -> {
                try (HistoryWriter history = HistoryWriter.undoable(tx, java.time.Instant.EPOCH, "test", "a change", "ann")) {
                    history.record(424242, ReviewFields.NOTE, null, "a note");
                }
                return null;
            })).isInstanceOf(StoreException.class).hasCauseInstanceOf(SQLException.class);
        }
    }
}
