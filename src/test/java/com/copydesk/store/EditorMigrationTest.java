package com.copydesk.store;

import com.copydesk.model.HistoryEntry;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration 7: changes made before editors were recorded have no editor, and stay undoable. */
class EditorMigrationTest {
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");

    @Test
    void entriesFromBeforeTheMigrationHaveNoEditorAndRemainEveryonesToUndo() {
        Path file = dir.resolve("old.db");
        try (Store v6 = Store.open(file, clock, Migrations.ALL.subList(0, 6))) {
            v6.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO draft (id, reference, title, content_hash, imported_at, updated_at, "
                            + "status) VALUES (1, 'r1', 't', 'h', 'x', 'x', 'approved')");
                    s.executeUpdate("INSERT INTO change_set (id, at, action, description, undoable) "
                            + "VALUES (1, '2026-11-20T10:00:00Z', 'approve', 'approve r1', 1)");
                    s.executeUpdate("INSERT INTO history (change_set, draft_id, field, old, new) "
                            + "VALUES (1, 1, 'status', 'pending', 'approved')");
                }
                return null;
            });
        }
        try (Store migrated = Store.open(file, clock)) {
            List<HistoryEntry> history = migrated.read(c -> new HistoryRepository().forDraft(c, 1));
            assertThat(history).singleElement().satisfies(h -> {
                assertThat(h.field()).isEqualTo("status");
                assertThat(h.editor()).isNull();
            });
            java.util.Optional<JournalRepository.Step> step = migrated.read(c -> new JournalRepository().lastDone(c, "anyone"));
            assertThat(step)
                    .as("a store from before had one editor: its actions stay undoable")
                    .hasValueSatisfying(s -> assertThat(s.description()).isEqualTo("approve r1"));
        }
    }
}
