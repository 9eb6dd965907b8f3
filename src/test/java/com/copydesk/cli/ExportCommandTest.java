package com.copydesk.cli;

import com.copydesk.app.Copydesk;
import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.Decisions;
import com.copydesk.support.DraftFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code export} as cli-contract.md writes it, as scripts call it. */
class ExportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @BeforeEach
    void storeWithTwoApprovedDrafts() {
        cli.run("import", DraftFiles.lines(cli.dir().resolve("in.jsonl"), List.of(draftJson("r1", "One", "Body one."),
                draftJson("r2", "Two", "Body two."), draftJson("r3", "Three", "Body three."))).toString());
        try (Copydesk desk = Copydesk.open(cli.dir().resolve("store.db"), cli.clock())) {
            Decisions.approve(desk, cli.clock().instant(), "r1", "r3");
        }
    }

    @Test
    void exportsApprovedDraftsByDefaultAndSaysWhatItDid() throws Exception {
        Path out = cli.dir().resolve("out/approved.jsonl");
        CliRun first = cli.run("export", "--format", "jsonl", "--out", out.toString());
        assertThat(first.status).as(first.toString()).isZero();
        assertThat(first.out).isEqualTo("exported 2 drafts to " + out + ": 2 new, 0 changed, 0 unchanged, 0 removed;"
                + " 1 file written\n");
        assertThat(Files.readAllLines(out)).hasSize(2).allMatch(line -> line.contains("\"status\":\"approved\""));

        CliRun again = cli.run("export", "--format", "jsonl", "--out", out.toString());
        assertThat(again.out).contains("0 new, 0 changed, 2 unchanged").contains("0 files written");
    }

    @Test
    void aFileNoCopydeskExportWroteIsReplacedOnlyWithOverwrite() throws Exception {
        Path precious = Files.writeString(cli.dir().resolve("notes.txt"), "precious data\n");
        CliRun refused = cli.run("export", "--format", "jsonl", "--out", precious.toString());
        assertThat(refused.status).isEqualTo(1);
        assertThat(refused.err).contains("no Copydesk export wrote it").contains("--overwrite");
        assertThat(Files.readString(precious)).isEqualTo("precious data\n");

        CliRun replaced = cli.run("export", "--format", "jsonl", "--out", precious.toString(), "--overwrite");
        assertThat(replaced.status).as(replaced.toString()).isZero();
        assertThat(Files.readAllLines(precious)).hasSize(2);
        assertThat(cli.run("export", "--format", "jsonl", "--out", precious.toString(), "--full").status)
                .as("a file an export wrote is that export's to replace").isZero();

        Path empty = Files.createFile(cli.dir().resolve("empty.csv"));
        assertThat(cli.run("export", "--format", "csv", "--out", empty.toString()).status).as("nothing to lose").isZero();

        Path site = cli.dir().resolve("site");
        assertThat(cli.run("export", "--format", "markdown", "--out", site.toString()).status).isZero();
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
        CliRun folderRefused = cli.run("export", "--format", "markdown", "--out", site.toString(), "--full");
        assertThat(folderRefused.status).isEqualTo(1);
        assertThat(folderRefused.err).contains(someones.getFileName().toString()).contains("no Copydesk export");
        assertThat(Files.readString(someones)).isEqualTo("mine\n");
        assertThat(cli.run("export", "--format", "markdown", "--out", site.toString(), "--overwrite").status).isZero();
        assertThat(Files.readString(someones)).startsWith("---\n");
    }

    @Test
    void markdownWritesAFilePerDraftIntoTheFolderAndReportsInJson() throws Exception {
        Path folder = cli.dir().resolve("site/posts");
        CliRun result = cli.run("export", "--format", "markdown", "--out", folder.toString(), "--all", "--json");
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
        Path pending = cli.dir().resolve("pending.csv");
        assertThat(cli.run("export", "--format", "csv", "--out", pending.toString(), "--status", "pending").status).isZero();
        assertThat(Files.readAllLines(pending)).hasSize(2).last().asString().startsWith("r2,Two,pending,");

        Path named = cli.dir().resolve("named.jsonl");
        CliRun result = cli.run("export", "--format", "jsonl", "--out", named.toString(), "--reference", "r2",
                "--reference", "nope");
        assertThat(result.status).as("a reference not in the store").isEqualTo(1);
        assertThat(result.err).contains("nope");
        assertThat(Files.readAllLines(named)).hasSize(1).first().asString().contains("\"reference\":\"r2\"");

        Path both = cli.dir().resolve("both.jsonl");
        CliRun listed = cli.run("export", "--format", "JSONL", "--out", both.toString(), "--reference", "r1", "r2");
        assertThat(listed.status).as(listed.toString()).isZero();
        assertThat(Files.readAllLines(both)).hasSize(2);
    }

    @Test
    void aWrongCommandLineExitsTwoAndTouchesNothing() throws Exception {
        Path folder = Files.createDirectories(cli.dir().resolve("a-folder"));
        List<CliRun> wrong = List.of(cli.run("export", "--out", cli.dir().resolve("x.jsonl").toString()),
                cli.run("export", "--format", "xml", "--out", cli.dir().resolve("x.xml").toString()),
                cli.run("export", "--format", "jsonl"),
                cli.run("export", "--format", "csv", "--out", folder.toString()),
                cli.run("export", "--format", "markdown", "--out", cli.dir().resolve("in.jsonl").toString()),
                cli.run("export", "--format", "jsonl", "--out", cli.dir().resolve("x.jsonl").toString(), "--all", "--status",
                        "approved"));
        assertThat(wrong).allSatisfy(result -> {
            assertThat(result.status).as(result.toString()).isEqualTo(2);
            assertThat(result.err).as(result.toString()).contains("Usage").doesNotContain("at com.");
        });
        assertThat(wrong.get(1).err).contains("jsonl, markdown or csv");
        assertThat(wrong.get(3).err).contains("is a folder");
        assertThat(cli.dir().resolve("x.jsonl")).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void helpListsTheOptions() {
        CliRun help = cli.run("export", "--help");
        assertThat(help.status).isZero();
        assertThat(help.out).contains("--format").contains("--out").contains("--full").contains("--keep-stale");
    }

    @Test
    void aDestinationThatCannotBeWrittenExitsOneWithAMessageAndNoStackTrace() throws Exception {
        Path notAFolder = Files.writeString(cli.dir().resolve("plain.txt"), "x");
        CliRun result = cli.run("export", "--format", "jsonl", "--out", notAFolder.resolve("sub/out.jsonl").toString());
        assertThat(result.status).isEqualTo(1);
        assertThat(result.err).contains("Could not export to").contains("plain.txt").doesNotContain("at com.");
    }

    @Test
    void aFolderThatTakesNoNewFilesIsNamedNotTheExportsOwnLockFile() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");
        CliRun result = cli.run("export", "--format", "jsonl", "--out", "/proc/out.jsonl");
        assertThat(result.status).isEqualTo(1);
        assertThat(result.err).contains("cannot create files in /proc").doesNotContain("copydesk-lock");
    }
}
