package com.copydesk.cli;

import com.copydesk.app.Copydesk;
import com.copydesk.support.CliRun;
import com.copydesk.support.Decisions;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code export} as cli-contract.md writes it, as scripts call it. */
class ExportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");

    private CliRun run(String... args) {
        return CliRun.run(dir.resolve("store.db"), clock, args);
    }

    @BeforeEach
    void storeWithTwoApprovedDrafts() {
        run("import", DraftFiles.lines(dir.resolve("in.jsonl"), List.of(draftJson("r1", "One", "Body one."),
                draftJson("r2", "Two", "Body two."), draftJson("r3", "Three", "Body three."))).toString());
        try (Copydesk desk = Copydesk.open(dir.resolve("store.db"), clock)) {
            Decisions.approve(desk, clock.instant(), "r1", "r3");
        }
    }

    @Test
    void exportsApprovedDraftsByDefaultAndSaysWhatItDid() throws Exception {
        Path out = dir.resolve("out/approved.jsonl");
        CliRun first = run("export", "--format", "jsonl", "--out", out.toString());
        assertThat(first.status).as(first.toString()).isZero();
        assertThat(first.out).isEqualTo("exported 2 drafts to " + out + ": 2 new, 0 changed, 0 unchanged, 0 removed;"
                + " 1 file written\n");
        assertThat(Files.readAllLines(out)).hasSize(2).allMatch(line -> line.contains("\"status\":\"approved\""));

        CliRun again = run("export", "--format", "jsonl", "--out", out.toString());
        assertThat(again.out).contains("0 new, 0 changed, 2 unchanged").contains("0 files written");
    }

    @Test
    void aFileNoCopydeskExportWroteIsReplacedOnlyWithOverwrite() throws Exception {
        Path precious = Files.writeString(dir.resolve("notes.txt"), "precious data\n");
        CliRun refused = run("export", "--format", "jsonl", "--out", precious.toString());
        assertThat(refused.status).isEqualTo(1);
        assertThat(refused.err).contains("no Copydesk export wrote it").contains("--overwrite");
        assertThat(Files.readString(precious)).isEqualTo("precious data\n");

        CliRun replaced = run("export", "--format", "jsonl", "--out", precious.toString(), "--overwrite");
        assertThat(replaced.status).as(replaced.toString()).isZero();
        assertThat(Files.readAllLines(precious)).hasSize(2);
        assertThat(run("export", "--format", "jsonl", "--out", precious.toString(), "--full").status)
                .as("a file an export wrote is that export's to replace").isZero();

        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThat(run("export", "--format", "csv", "--out", empty.toString()).status).as("nothing to lose").isZero();

        Path site = dir.resolve("site");
        assertThat(run("export", "--format", "markdown", "--out", site.toString()).status).isZero();
        Path someones;
        try (Stream<Path> files = Files.list(site)) {
            someones = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        try (Stream<Path> manifests = Files.list(site)) {   // a folder that no export of ours knows
            for (Path manifest : manifests.filter(f -> f.getFileName().toString().contains("manifest")).toList()) {
                Files.delete(manifest);
            }
        }
        Files.writeString(someones, "mine\n");
        CliRun folderRefused = run("export", "--format", "markdown", "--out", site.toString(), "--full");
        assertThat(folderRefused.status).isEqualTo(1);
        assertThat(folderRefused.err).contains(someones.getFileName().toString()).contains("no Copydesk export");
        assertThat(Files.readString(someones)).isEqualTo("mine\n");
        assertThat(run("export", "--format", "markdown", "--out", site.toString(), "--overwrite").status).isZero();
        assertThat(Files.readString(someones)).startsWith("---\n");
    }

    @Test
    void markdownWritesAFilePerDraftIntoTheFolderAndReportsInJson() throws Exception {
        Path folder = dir.resolve("site/posts");
        CliRun result = run("export", "--format", "markdown", "--out", folder.toString(), "--all", "--json");
        assertThat(result.status).as(result.toString()).isZero();
        JsonNode report = JSON.readTree(result.out);
        assertThat(report.get("format").asText()).isEqualTo("markdown");
        assertThat(report.get("drafts").asInt()).isEqualTo(3);
        assertThat(report.get("added").asInt()).isEqualTo(3);
        assertThat(report.get("files_written").asInt()).isEqualTo(3);
        assertThat(report.get("stale_kept")).isEmpty();
        assertThat(report.get("not_found")).isEmpty();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")))
                    .hasSize(3).anyMatch(n -> n.startsWith("three-"));
        }
    }

    @Test
    void statusAndReferencesChooseTheDrafts() throws Exception {
        Path pending = dir.resolve("pending.csv");
        assertThat(run("export", "--format", "csv", "--out", pending.toString(), "--status", "pending").status).isZero();
        assertThat(Files.readAllLines(pending)).hasSize(2).last().asString().startsWith("r2,Two,pending,");

        Path named = dir.resolve("named.jsonl");
        CliRun result = run("export", "--format", "jsonl", "--out", named.toString(), "--reference", "r2",
                "--reference", "nope");
        assertThat(result.status).as("a reference not in the store").isEqualTo(1);
        assertThat(result.err).contains("nope");
        assertThat(Files.readAllLines(named)).hasSize(1).first().asString().contains("\"reference\":\"r2\"");

        Path both = dir.resolve("both.jsonl");
        CliRun listed = run("export", "--format", "JSONL", "--out", both.toString(), "--reference", "r1", "r2");
        assertThat(listed.status).as(listed.toString()).isZero();
        assertThat(Files.readAllLines(both)).hasSize(2);
    }

    @Test
    void aWrongCommandLineExitsTwoAndTouchesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        List<CliRun> wrong = List.of(run("export", "--out", dir.resolve("x.jsonl").toString()),
                run("export", "--format", "xml", "--out", dir.resolve("x.xml").toString()),
                run("export", "--format", "jsonl"),
                run("export", "--format", "csv", "--out", folder.toString()),
                run("export", "--format", "markdown", "--out", dir.resolve("in.jsonl").toString()),
                run("export", "--format", "jsonl", "--out", dir.resolve("x.jsonl").toString(), "--all", "--status",
                        "approved"));
        assertThat(wrong).allSatisfy(result -> {
            assertThat(result.status).as(result.toString()).isEqualTo(2);
            assertThat(result.err).as(result.toString()).contains("Usage").doesNotContain("at com.");
        });
        assertThat(wrong.get(1).err).contains("jsonl, markdown or csv");
        assertThat(wrong.get(3).err).contains("is a folder");
        assertThat(dir.resolve("x.jsonl")).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void helpListsTheOptions() {
        CliRun help = run("export", "--help");
        assertThat(help.status).isZero();
        assertThat(help.out).contains("--format").contains("--out").contains("--full").contains("--keep-stale");
    }

    @Test
    void aDestinationThatCannotBeWrittenExitsOneWithAMessageAndNoStackTrace() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        CliRun result = run("export", "--format", "jsonl", "--out", notAFolder.resolve("sub/out.jsonl").toString());
        assertThat(result.status).isEqualTo(1);
        assertThat(result.err).contains("Could not export to").contains("plain.txt").doesNotContain("at com.");
    }

    @Test
    void aFolderThatTakesNoNewFilesIsNamedNotTheExportsOwnLockFile() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");
        CliRun result = run("export", "--format", "jsonl", "--out", "/proc/out.jsonl");
        assertThat(result.status).isEqualTo(1);
        assertThat(result.err).contains("cannot create files in /proc").doesNotContain("copydesk-lock");
    }
}
