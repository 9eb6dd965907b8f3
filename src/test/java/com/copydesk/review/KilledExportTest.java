package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.app.Main;
import com.copydesk.bench.DraftGenerator;
import com.copydesk.model.ExportFormat;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.ExportScope;
import com.copydesk.model.ExportSummary;
import com.copydesk.support.Decisions;
import com.copydesk.support.FolderSnapshot;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export killed with SIGKILL in the middle leaves the previous export exactly as it was (no
 * partial file under a final name, the old manifest), and the next export cleans up and completes.
 */
class KilledExportTest {
    private static final int DRAFTS = 3_000;

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");

    @Test
    void killedMidExportThePreviousExportIsIntactAndTheNextOneCompletes() throws Exception {
        Path store = dir.resolve("store.db");
        Path folder = dir.resolve("site");
        Path jsonl = dir.resolve("out/drafts.jsonl");
        try (Copydesk desk = Copydesk.open(store, clock)) {
            desk.imports().run(List.of(new DraftGenerator(3, 0).writeJsonLines(dir.resolve("in.jsonl"), DRAFTS)),
                    TaskMonitor.NONE);
            Decisions.sql(desk, "UPDATE draft SET status = 'approved', decided_at = '2026-11-25T10:00:00Z'");
            export(desk, ExportFormat.MARKDOWN, folder);
            export(desk, ExportFormat.JSON_LINES, jsonl);
            // every draft changes, so the next export rewrites every file
            Decisions.sql(desk, "UPDATE draft SET ed_quality = 1");
        }
        FolderSnapshot siteBefore = FolderSnapshot.of(folder);
        FolderSnapshot jsonlBefore = FolderSnapshot.of(jsonl.getParent());

        killExportWhen(store, "markdown", folder, () -> stagedFiles(folder, ".copydesk-tmp-d-") >= 20);
        killExportWhen(store, "jsonl", jsonl, () -> size(jsonl.resolveSibling(".drafts.jsonl.copydesk-tmp-file")) > 1 << 20);

        assertThat(onlyCopydesksLeftovers(FolderSnapshot.of(folder).changedSince(siteBefore), ".copydesk-"))
                .as("every draft file and the manifest as before").isTrue();
        assertThat(onlyCopydesksLeftovers(FolderSnapshot.of(jsonl.getParent()).changedSince(jsonlBefore),
                ".drafts.jsonl.copydesk-")).isTrue();

        try (Copydesk desk = Copydesk.open(store, clock)) {
            ExportSummary site = export(desk, ExportFormat.MARKDOWN, folder);
            assertThat(site.changed()).isEqualTo(DRAFTS);
            assertThat(site.filesWritten()).isEqualTo(DRAFTS);
            ExportSummary lines = export(desk, ExportFormat.JSON_LINES, jsonl);
            assertThat(lines.changed()).isEqualTo(DRAFTS);
        }
        assertThat(names(folder)).noneMatch(name -> name.startsWith(".copydesk-tmp-") || name.endsWith("-lock"))
                .hasSize(DRAFTS + 1);
        // the file, its manifest and the store's state the export read (StoreMark): no temporary file, no lock
        assertThat(names(jsonl.getParent())).containsExactlyInAnyOrder("drafts.jsonl",
                ".drafts.jsonl.copydesk-manifest.json", ".drafts.jsonl.copydesk-store");
        assertThat(Files.readString(jsonl)).contains("\"quality\":1,");
    }

    private ExportSummary export(Copydesk desk, ExportFormat format, Path destination) {
        clock.advance(Duration.ofMinutes(1));
        return desk.exports().run(new ExportRequest(format, destination, ExportScope.approved(), true, true),
                TaskMonitor.NONE);
    }

    /** Runs {@code export} in a child JVM, as the jar would, and kills it with SIGKILL once {@code when} holds. */
    private void killExportWhen(Path store, String format, Path out, BooleanSupplier when) throws Exception {
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--db", store.toString(), "export", "--format", format, "--out", out.toString());
        child.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        child.redirectErrorStream(true).redirectOutput(dir.resolve("child-" + format + ".log").toFile());
        Process process = child.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!when.getAsBoolean()) {
            assertThat(process.isAlive()).as("the child is still exporting: " + Files.readString(
                    dir.resolve("child-" + format + ".log"))).isTrue();
            assertThat(System.nanoTime()).as("the child started writing in time").isLessThan(deadline);
            Thread.onSpinWait();
        }
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** True when the only changes are Copydesk's own temporary and lock files. */
    private static boolean onlyCopydesksLeftovers(Set<String> changed, String prefix) {
        return changed.stream().allMatch(name -> name.startsWith(prefix + "tmp-") || name.equals(prefix + "lock"));
    }

    /** Staged files in the version being written, behind the folder's link ({@code .site.copydesk/vN}). */
    private static long stagedFiles(Path folder, String prefix) {
        try (Stream<Path> files = Files.walk(folder.resolveSibling("." + folder.getFileName() + ".copydesk"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
