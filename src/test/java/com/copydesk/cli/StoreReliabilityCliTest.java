package com.copydesk.cli;

import com.copydesk.support.CliRun;
import com.copydesk.support.DraftCorpus;
import com.copydesk.support.FolderSnapshot;
import com.copydesk.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Read commands write nothing; a damaged store is refused with advice, checked and salvaged. */
class StoreReliabilityCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");

    private CliRun run(Path store, String... args) {
        return CliRun.run(store, clock, args);
    }

    private Path storeWithDrafts(int drafts) {
        Path store = dir.resolve("desk/store.db");
        Path file = DraftCorpus.jsonLines(dir.resolve("in/drafts.jsonl"), drafts, 5);
        CliRun imported = run(store, "import", file.toString());
        assertThat(imported.status).as(imported.toString()).isZero();
        return store;
    }

    @Test
    void readCommandsOpenTheStoreReadOnlyAndWriteNothing() throws Exception {
        Path store = storeWithDrafts(50);
        String reference = JSON.readTree(run(store, "list", "--json", "--limit", "1").out).get("reference").asText();
        FolderSnapshot before = FolderSnapshot.of(store.getParent());

        assertThat(run(store, "stats").status).isZero();
        assertThat(run(store, "list", "--limit", "5").status).isZero();
        assertThat(run(store, "show", reference).status).isZero();
        CliRun export = run(store, "export", "--format", "jsonl", "--out", dir.resolve("out/all.jsonl").toString());
        assertThat(export.status).as(export.toString()).isZero();

        // The -shm file is SQLite's shared-memory index of the WAL, where every reader registers what
        // it reads (a read-only connection too); it holds no data and is rebuilt from the WAL.
        assertThat(FolderSnapshot.of(store.getParent()).changedSince(before)).as("nothing written to the store")
                .isSubsetOf("store.db-shm");
    }

    @Test
    void aDamagedStoreIsRefusedByWritingCommandsLeftAsItWasCheckedAndRecovered() throws Exception {
        Path store = storeWithDrafts(1500);
        String reference = JSON.readTree(run(store, "list", "--json", "--limit", "1").out).get("reference").asText();
        assertThat(run(store, "check-store").status).isZero();
        long size = Files.size(store);
        try (RandomAccessFile file = new RandomAccessFile(store.toFile(), "rw")) {
            file.seek(size / 2 / 4096 * 4096);
            file.write(new byte[8192]); // a bad sector, a sync tool, a copy cut short
        }
        byte[] before = Files.readAllBytes(store);

        CliRun approve = run(store, "approve", reference);
        assertThat(approve.status).as(approve.toString()).isEqualTo(3);
        assertThat(approve.err).contains(store + " is damaged").contains("recover --to").contains("--db")
                .doesNotContain("at com.copydesk");
        CliRun imported = run(store, "import", dir.resolve("in/drafts.jsonl").toString());
        assertThat(imported.status).isEqualTo(3);
        assertThat(Files.readAllBytes(store)).as("left byte for byte as it was").isEqualTo(before);

        CliRun check = run(store, "check-store", "--json");
        assertThat(check.status).as(check.toString()).isEqualTo(3);
        JsonNode report = JSON.readTree(check.out);
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("problems").size()).isPositive();

        Path saved = dir.resolve("saved/new.db");
        CliRun recover = run(store, "recover", "--json", "--to", saved.toString());
        assertThat(recover.status).as(recover.toString()).isIn(0, 1);
        assertThat(Files.readAllBytes(store)).as("recover only reads").isEqualTo(before);
        CliRun checkNew = run(saved, "check-store");
        assertThat(checkNew.status).as(checkNew.toString()).isZero();
        JsonNode stats = JSON.readTree(run(saved, "stats", "--json").out);
        long recovered = 0;
        for (JsonNode table : JSON.readTree(recover.out).get("tables")) {
            if (table.get("table").asText().equals("draft")) {
                recovered = table.get("copied").asLong();
            }
        }
        assertThat(recovered).as("most drafts could be read").isGreaterThan(1000);
        assertThat(stats.get("total").asLong()).isLessThanOrEqualTo(recovered).isGreaterThan(1000);
    }
}
