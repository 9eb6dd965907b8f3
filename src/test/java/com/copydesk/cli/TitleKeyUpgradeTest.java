package com.copydesk.cli;

import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * duplicate-title compares titles without punctuation now. A store whose title keys were made
 * the old way (case and spaces only) has them made again by the next command, so titles that
 * differ only in punctuation are found there too, not only in drafts imported from now on.
 */
class TitleKeyUpgradeTest {
    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @Test
    void titlesThatDifferInPunctuationAreDuplicatesAlsoInAStoreIndexedTheOldWay() throws Exception {
        DraftFiles.lines(cli.dir().resolve("in.jsonl"), List.of(
                DraftFiles.draftJson("r1", "Caching: hot paths!", "One body about caching."),
                DraftFiles.draftJson("r2", "caching hot paths", "Another body, about something else."),
                DraftFiles.draftJson("r3", "Caching cold paths", "A third body.")));
        assertThat(cli.run("import", cli.dir().resolve("in.jsonl").toString()).status).isZero();
        assertThat(cli.run("list", "--rule", "duplicate-title").out).contains("r1").contains("r2").doesNotContain("r3");

        // what a store of the previous version holds: keys with their punctuation, the index key without a title version
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.dir().resolve("store.db")); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE draft SET title_key = lower(title)");
            s.executeUpdate("UPDATE setting SET value = replace(value, ';titles=2', '') WHERE key = 'similarity_index'");
            s.executeUpdate("DELETE FROM finding WHERE rule = 'duplicate-title'");
            try (ResultSet rs = s.executeQuery("SELECT count(DISTINCT title_key) FROM draft")) {
                assertThat(rs.getInt(1)).as("old keys: three different titles").isEqualTo(3);
            }
        }

        CliRun list = cli.run("list", "--rule", "duplicate-title");
        assertThat(list.out).as(list.toString()).contains("r1").contains("r2").doesNotContain("r3");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.dir().resolve("store.db")); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT title_key FROM draft WHERE reference IN ('r1', 'r2')")) {
            while (rs.next()) {
                assertThat(rs.getString(1)).isEqualTo("caching hot paths");
            }
        }
    }
}
