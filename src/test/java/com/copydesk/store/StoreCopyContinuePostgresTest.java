package com.copydesk.store;

import com.copydesk.app.Copydesk;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.PgTestServer;
import com.copydesk.support.PlanStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A copy into a team store cut short goes on from a table ({@link StoreCopy#continueCopy}, the
 * benchmarks' big copies): what the target held of that table and the later ones is copied again,
 * whole, with the COPY path, and the mark of the copy cut short goes; a store without the mark is
 * refused, untouched.
 */
class StoreCopyContinuePostgresTest {
    @TempDir
    Path dir;
    private PgAddress database;

    @AfterEach
    void drop() {
        if (database != null) {
            PgTestServer.dropDatabase(database);
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    @Test
    void aCopyCutShortGoesOnFromATableAndEndsWhole() {
        database = PgTestServer.newDatabase();
        String findings = "SELECT draft_id || ' ' || rule || ' ' || message FROM finding ORDER BY draft_id, rule, message";
        String prints = "SELECT draft_id || ' ' || smallest FROM near_print ORDER BY draft_id";
        try (Copydesk desk = PlanStore.open(dir, 60)) {
            desk.copyStoreTo(Path.of(database.toString()), TaskMonitor.NONE);
            Store source = desk.store();
            List<String> sourceFindings = source.read(c -> rows(c, findings));
            assertThat(sourceFindings).isNotEmpty();
            try (Store target = Store.openPostgres(database)) {
                assertThatThrownBy(() -> StoreCopy.continueCopy(source, target, "finding", (t, d, n) -> { }))
                        .isInstanceOf(StoreException.class).hasMessageContaining("no copy cut short");
                List<String> targetPrints = target.read(c -> rows(c, prints));
                target.write(c -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("INSERT INTO setting (key, value) VALUES ('" + StoreCopy.INCOMPLETE + "', 'cut')");
                        s.executeUpdate("DELETE FROM finding WHERE draft_id > 30"); // half a table copied
                        s.executeUpdate("DELETE FROM near_print"); // a later table not reached
                    }
                    return null;
                });

                StoreCopy.continueCopy(source, target, "finding", (t, d, n) -> { });

                List<String> findingsAfter = target.read(c -> rows(c, findings));
                List<String> printsAfter = target.read(c -> rows(c, prints));
                List<String> marks = target.read(c -> rows(c, "SELECT key FROM setting WHERE key = '"
                        + StoreCopy.INCOMPLETE + "'"));
                assertThat(findingsAfter).isEqualTo(sourceFindings);
                assertThat(printsAfter).isEqualTo(targetPrints).isNotEmpty();
                assertThat(marks).isEmpty();
            }
        }
    }
}
