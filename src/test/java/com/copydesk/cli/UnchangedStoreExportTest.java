package com.copydesk.cli;

import com.copydesk.app.Copydesk;
import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.Decisions;
import com.copydesk.support.DraftFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON Lines export keeps the store's file state beside it ({@code .NAME.copydesk-store}): the
 * next export to the same file, with the store's file as it was, is done without reading a draft
 * or the manifest's entries. To show that neither is read, the manifest's entries are overwritten
 * with garbage of their size (the per-draft check would stop on it); any change to the store, by
 * Copydesk or another program, is exported.
 */
class UnchangedStoreExportTest {
    @RegisterExtension
    final CliRunner cli = new CliRunner();

    private Path out;
    private Path manifest;

    @BeforeEach
    void storeWithTwoApprovedDrafts() throws Exception {
        cli.run("import", DraftFiles.lines(cli.dir().resolve("in.jsonl"), List.of(draftJson("r1", "One", "Body one."),
                draftJson("r2", "Two", "Body two."), draftJson("r3", "Three", "Body three."))).toString());
        try (Copydesk desk = Copydesk.open(cli.dir().resolve("store.db"), cli.clock())) {
            Decisions.approve(desk, cli.clock().instant(), "r1", "r3");
        }
        out = cli.dir().resolve("out/approved.jsonl");
        manifest = out.resolveSibling(".approved.jsonl.copydesk-manifest.json");
        CliRun first = cli.run("export", "--format", "jsonl", "--out", out.toString());
        assertThat(first.status).as(first.toString()).isZero();
        assertThat(out.resolveSibling(".approved.jsonl.copydesk-store")).exists();
    }

    @Test
    void anUnchangedStoreIsSeenFromItsFileWithoutReadingTheDraftsOrTheManifest() throws Exception {
        byte[] written = Files.readAllBytes(out);
        spoilManifest();
        CliRun again = cli.run("export", "--format", "jsonl", "--out", out.toString());
        assertThat(again.status).as(again.toString()).isZero();
        assertThat(again.out).contains("0 new, 0 changed, 2 unchanged, 0 removed; 0 files written");
        assertThat(Files.readAllBytes(out)).isEqualTo(written);

        // another scope, or a full export, is not the same export: the spoilt manifest is read and refused
        CliRun all = cli.run("export", "--format", "jsonl", "--out", out.toString(), "--all");
        assertThat(all.status).isNotZero();
        assertThat(all.err).contains("manifest");
    }

    @Test
    void aDecisionInTheStoreIsExported() throws Exception {
        try (Copydesk desk = Copydesk.open(cli.dir().resolve("store.db"), cli.clock())) {
            Decisions.approve(desk, cli.clock().instant(), "r2");
        }
        CliRun again = cli.run("export", "--format", "jsonl", "--out", out.toString());
        assertThat(again.out).contains("1 new, 0 changed, 2 unchanged");
        assertThat(Files.readString(out)).contains("\"reference\":\"r2\"");
    }

    @Test
    void aChangeByAnotherProgramIsExported() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.dir().resolve("store.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE draft_text SET body = 'Changed elsewhere.' WHERE draft_id = "
                    + "(SELECT id FROM draft WHERE reference = 'r1')");
            s.executeUpdate("UPDATE draft SET content_hash = 'changed' WHERE reference = 'r1'");
        }
        CliRun again = cli.run("export", "--format", "jsonl", "--out", out.toString());
        assertThat(again.status).as(again.toString()).isZero();
        assertThat(again.out).contains("0 new, 1 changed, 1 unchanged");
        assertThat(Files.readString(out)).contains("Changed elsewhere.");
    }

    /**
     * Every entry after the first made garbage, the size kept (opening the export reads the header
     * and looks ahead at the first entry; the per-draft check reads them all).
     */
    private void spoilManifest() throws Exception {
        byte[] bytes = Files.readAllBytes(manifest);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        int second = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        assertThat(second).isPositive();
        Arrays.fill(bytes, second, bytes.length, (byte) 'x');
        Files.write(manifest, bytes);
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).containsOnlyOnce("reference");
    }
}
