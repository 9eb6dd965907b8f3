package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.app.Main;
import com.copydesk.support.Decisions;
import com.copydesk.support.DraftCorpus;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commit protocol of a Markdown export (README, "Atomic, exactly"): the destination is a link
 * to a whole version, replaced in one rename. The real command line in a new JVM is stopped dead
 * ({@code copydesk.test.haltAt}) at each step: while writing, before and after the link's rename,
 * while removing the old version, and between the renames that convert a plain folder. Each time
 * the destination shows the last export or the next one, file for file, and the next export, with
 * no {@code --overwrite}, completes it and leaves no temporary behind.
 */
class ExportCommitTest {
    private static final int HALTED = 86;
    private static final int DRAFTS = 120;

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private Path store;
    private Path site;

    @BeforeEach
    void aStoreOfApprovedDrafts() {
        store = dir.resolve("store.db");
        site = dir.resolve("site/content");
        try (Copydesk desk = Copydesk.open(store, clock)) {
            desk.imports().run(List.of(DraftCorpus.jsonLines(dir.resolve("in.jsonl"), DRAFTS, 5)), TaskMonitor.NONE);
            Decisions.sql(desk, "UPDATE draft SET status = 'approved', decided_at = '2026-11-25T10:00:00Z'");
        }
    }

    /** Half the drafts change, a tenth leave the scope: the next export rewrites, keeps and removes. */
    private void changeSomeDrafts() {
        try (Copydesk desk = Copydesk.open(store, clock)) {
            Decisions.sql(desk, "UPDATE draft SET ed_quality = 1 WHERE id % 2 = 0");
            Decisions.sql(desk, "UPDATE draft SET status = 'rejected' WHERE id % 10 = 1");
        }
    }

    @Test
    void theDestinationIsALinkToAWholeVersionAndAnExportChangingNothingTouchesNothing() throws Exception {
        assertThat(export(null)).isZero();
        assertThat(Files.isSymbolicLink(site)).isTrue();
        Path first = site.toRealPath();
        assertThat(first.getParent().getFileName().toString()).isEqualTo(".content.copydesk");
        assertThat(pages(site)).hasSize(DRAFTS + 1).containsKey(".copydesk-manifest.json");

        assertThat(export(null)).isZero();
        assertThat(site.toRealPath()).as("nothing changed: the same version").isEqualTo(first);

        changeSomeDrafts();
        Map<String, String> before = pages(site);
        assertThat(export(null)).isZero();
        Path second = site.toRealPath();
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.exists(first)).as("the previous version is removed").isFalse();
        assertThat(names(second.getParent())).containsExactly(second.getFileName().toString());
        Map<String, String> after = pages(site);
        assertThat(after).hasSize(DRAFTS - DRAFTS / 10 + 1).isNotEqualTo(before);
        long kept = after.entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey()))).count();
        assertThat(kept).as("unchanged pages carried over").isPositive();
    }

    @Test
    void aPlainFolderOfAnEarlierExportIsConvertedWithTheSitesOwnFilesAndUnchangedPagesAsHardLinks() throws Exception {
        assertThat(export(null, "-Dcopydesk.export.inPlace=true")).isZero();
        assertThat(Files.isSymbolicLink(site)).as("written in place, as before versions").isFalse();
        Files.writeString(site.resolve("_index.md"), "---\ntitle: Posts\n---\n");
        Files.createDirectories(site.resolve("notes"));
        Files.writeString(site.resolve("notes/mine.md"), "my own page\n");
        Path unchangedPage = site.resolve(pages(site).keySet().stream().filter(n -> n.endsWith(".md")
                && !n.equals("_index.md") && !n.startsWith("notes/")).findFirst().orElseThrow());
        Object inode = Files.readAttributes(unchangedPage, BasicFileAttributes.class).fileKey();
        Map<String, String> before = pages(site);

        assertThat(export(null)).isZero();

        assertThat(Files.isSymbolicLink(site)).isTrue();
        assertThat(pages(site)).as("nothing changed, nothing lost").isEqualTo(before);
        assertThat(Files.readString(dir.resolve("child.log"))).contains("0 new, 0 changed", "; 0 files written");
        assertThat(Files.readAttributes(site.resolve(dir.resolve("site/content").relativize(unchangedPage)),
                BasicFileAttributes.class).fileKey()).as("carried as a hard link, not rewritten").isEqualTo(inode);
        assertThat(names(site.toRealPath().getParent())).as("the old plain folder is gone")
                .containsExactly(site.toRealPath().getFileName().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"export.afterDraft#40", "export.beforeLink", "export.afterLink", "export.removingOld#7"})
    void killedAtAnyStepTheFolderIsTheOldExportOrTheNewAndTheNextRunFinishes(String point) throws Exception {
        assertThat(export(null)).isZero();
        changeSomeDrafts();
        Map<String, String> old = pages(site);

        assertThat(export(point)).isEqualTo(HALTED);
        Map<String, String> seen = pages(site);

        assertThat(export(null)).as("no --overwrite needed").isZero();
        Map<String, String> next = pages(site);
        assertThat(next).isNotEqualTo(old);
        assertOldOrNew(seen, old, next, point);
        assertNoLeftovers();
    }

    @Test
    void killedBetweenTheTwoRenamesOfAConversionTheNextRunPutsTheLinkInPlace() throws Exception {
        assertThat(export(null, "-Dcopydesk.export.inPlace=true")).isZero();
        changeSomeDrafts();
        Map<String, String> old = pages(site);

        assertThat(export("export.converting")).isEqualTo(HALTED);
        assertThat(Files.exists(site)).as("the one instant of a conversion: no folder, never a mixed one").isFalse();

        assertThat(export(null)).isZero();
        assertThat(Files.isSymbolicLink(site)).isTrue();
        Map<String, String> next = pages(site);
        assertThat(next).isNotEqualTo(old).hasSize(DRAFTS - DRAFTS / 10 + 1);
        assertNoLeftovers();
    }

    /**
     * A site build may start at any moment: a reader that lists the destination and reads its pages
     * while an export replaces it sees, at each listing, the old export's names or the new one's,
     * and each page it reads whole, as the old export or the new one had it.
     */
    @Test
    void aReaderDuringTheExportSeesTheOldExportOrTheNewOneFileForFile() throws Exception {
        assertThat(export(null)).isZero();
        changeSomeDrafts();
        Map<String, String> old = pages(site);

        Process child = startExport();
        java.util.Set<java.util.Set<String>> listings = new java.util.LinkedHashSet<>();
        Map<String, java.util.Set<String>> reads = new TreeMap<>();
        int looks = 0;
        do {
            java.util.Set<String> listing;
            try (Stream<Path> files = Files.list(site)) { // one opendir through the link: one version
                listing = new java.util.TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
            }
            listings.add(listing);
            for (String name : listing.stream().skip(looks % 7).limit(5).toList()) {
                try {
                    reads.computeIfAbsent(name, n -> new java.util.HashSet<>()).add(Files.readString(site.resolve(name)));
                } catch (java.nio.file.NoSuchFileException gone) {
                    // the link moved on between the listing and the read: the next version has no such page
                }
            }
            looks++;
        } while (child.isAlive());
        assertThat(child.waitFor()).as("the export ended well").isZero();
        Map<String, String> next = pages(site);

        assertThat(looks).as("the reader looked while the export ran").isGreaterThan(1);
        assertThat(next.keySet()).isNotEqualTo(old.keySet());
        assertThat(listings).as("every listing is one whole export")
                .allSatisfy(seen -> assertThat(seen).isIn(old.keySet(), next.keySet()));
        reads.forEach((name, texts) -> assertThat(texts).as(name + " read whole, old or new")
                .allSatisfy(text -> assertThat(text).isIn(old.get(name), next.get(name))));
        assertNoLeftovers();
    }

    /**
     * Where the file system makes no hard links, unchanged pages are carried into the next version
     * as copies: the same pages, a new file each, and a kill still leaves the old export or the new.
     */
    @Test
    void withoutHardLinksUnchangedPagesAreCopiedAndAKillStillLeavesOldOrNew() throws Exception {
        String noLinks = "-Dcopydesk.test.noHardLinks=true";
        assertThat(export(null, noLinks)).isZero();
        changeSomeDrafts();
        Map<String, String> old = pages(site);
        Map<String, Object> inodesBefore = new TreeMap<>();
        for (String name : old.keySet()) {
            inodesBefore.put(name, Files.readAttributes(site.resolve(name), BasicFileAttributes.class).fileKey());
        }

        assertThat(export("export.afterDraft#40", noLinks)).isEqualTo(HALTED);
        Map<String, String> seen = pages(site);
        assertThat(export(null, noLinks)).isZero();
        Map<String, String> next = pages(site);

        assertOldOrNew(seen, old, next, "afterDraft#40 without hard links");
        assertNoLeftovers();
        List<String> unchanged = next.keySet().stream().filter(n -> n.endsWith(".md") && next.get(n).equals(old.get(n))).toList();
        assertThat(unchanged).as("pages the change left alone").isNotEmpty();
        for (String name : unchanged) {
            assertThat(Files.readAttributes(site.resolve(name), BasicFileAttributes.class).fileKey())
                    .as(name + " carried as a copy, not a link").isNotEqualTo(inodesBefore.get(name));
        }
        assertThat(next).hasSize(DRAFTS - DRAFTS / 10 + 1);
    }

    private static void assertOldOrNew(Map<String, String> seen, Map<String, String> old, Map<String, String> next,
                                       String point) {
        Map<String, String> seenPages = withoutManifest(seen);
        if (seenPages.equals(withoutManifest(old))) {
            assertThat(seen.get(".copydesk-manifest.json")).as(point + ": the old pages with the old manifest")
                    .isEqualTo(old.get(".copydesk-manifest.json"));
        } else {
            assertThat(seenPages).as(point + ": the new export, file for file").isEqualTo(withoutManifest(next));
        }
    }

    private static Map<String, String> withoutManifest(Map<String, String> files) {
        Map<String, String> pages = new TreeMap<>(files);
        pages.remove(".copydesk-manifest.json");
        return pages;
    }

    private void assertNoLeftovers() throws IOException {
        Path holder = site.resolveSibling(".content.copydesk");
        assertThat(names(holder)).as("only the live version").containsExactly(site.toRealPath().getFileName().toString());
        assertThat(pages(site).keySet()).noneMatch(n -> n.contains(".copydesk-tmp-"));
        assertThat(names(site.getParent())).containsExactlyInAnyOrder("content", ".content.copydesk");
    }

    /** Every file the destination shows (through its link), with its text. */
    private static Map<String, String> pages(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        Path root = folder.toRealPath();
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** {@code copydesk export --format markdown --out site} in a new JVM, halted at {@code haltAt}; its exit status. */
    private int export(String haltAt, String... properties) throws Exception {
        Process process = startExport(haltAt, properties);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the child ended").isTrue();
        if (process.exitValue() != 0 && process.exitValue() != HALTED) {
            throw new AssertionError("export failed: " + Files.readString(dir.resolve("child.log")));
        }
        return process.exitValue();
    }

    private Process startExport(String haltAt, String... properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (haltAt != null) {
            command.add("-Dcopydesk.test.haltAt=" + haltAt);
        }
        command.addAll(List.of(properties));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--db",
                store.toString(), "export", "--format", "markdown", "--out", site.toString()));
        ProcessBuilder child = new ProcessBuilder(command);
        child.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Path log = dir.resolve("child.log");
        child.redirectErrorStream(true).redirectOutput(log.toFile());
        return child.start();
    }

    private Process startExport() throws IOException {
        return startExport(null);
    }
}
