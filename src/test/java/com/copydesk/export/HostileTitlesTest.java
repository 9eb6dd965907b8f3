package com.copydesk.export;

import com.copydesk.interchange.DraftJson;
import com.copydesk.model.Draft;
import com.copydesk.model.ExportFormat;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.ExportScope;
import com.copydesk.model.ReviewState;
import com.copydesk.model.StoredDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a title holds, its file lands inside the export folder under a unique name every system accepts. */
class HostileTitlesTest {
    private static final List<String> TITLES = List.of(
            "../../etc/passwd", "..\\..\\windows\\system32\\config", "/absolute/path", "CON", "con", "con.txt",
            "NUL", "aux", "COM1", "LPT9", "PRN .txt", "CONIN$", "trailing dot.", "trailing space ", "  ", "...",
            "a<b>c:d\"e/f\\g|h?i*j", "tab\there\nnew line\r", "x".repeat(300), "é".repeat(300),
            "日本語のタイトル".repeat(40), "\uD83D\uDE00".repeat(100), "Café", "Cafe\u0301",
            "\u202Egnp.exe", "evil\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u200Bname", "\u0000nul\u0001",
            "same title", "same title", "Same Title", "SAME TITLE", "ǅungla", "straße", "STRASSE",
            "\u0301leading mark", "emoji 👩‍👩‍👧 family", "ﬁ ligature", "İstanbul", "σίσυφος ΣΊΣΥΦΟΣ");
    // What Windows, macOS and Linux all refuse or make trouble of, checked apart from the code under test.
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d|conin\\$|conout\\$)");

    @TempDir
    Path dir;

    @Test
    void everyHostileTitleGetsAUniqueValidNameInsideTheFolder() throws Exception {
        Path folder = dir.resolve("export");
        List<StoredDraft> drafts = new ArrayList<>();
        for (int i = 0; i < TITLES.size(); i++) {
            String reference = String.format("ref-%03d", i);
            drafts.add(new StoredDraft(i, Draft.of(reference, TITLES.get(i), "Body " + i),
                    ReviewState.fresh(Draft.of(reference, "t", "b")), List.of(), Instant.EPOCH, Instant.EPOCH));
        }
        ExportRequest request = new ExportRequest(ExportFormat.MARKDOWN, folder, ExportScope.everyDraft(), true, true);
        try (ExportSession session = new Exporter(new DraftJson()).open(request, Instant.EPOCH)) {
            for (StoredDraft draft : drafts) {
                session.write(draft);
            }
            assertThat(session.finish(n -> { }).filesWritten()).isEqualTo(TITLES.size());
        }

        List<Path> everything;
        try (Stream<Path> walk = Files.walk(dir)) {
            everything = walk.filter(Files::isRegularFile).toList();
        }
        // the folder is a link to the version it shows (.export.copydesk/v1): every file is in that one
        Path shown = folder.toRealPath();
        assertThat(everything).allMatch(file -> file.getParent().equals(shown))
                .hasSize(TITLES.size() + 1);
        List<String> names;
        try (Stream<Path> list = Files.list(folder)) {
            names = list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".copydesk")).toList();
        }
        assertThat(names).hasSize(TITLES.size());
        Set<String> folded = new HashSet<>();
        for (String name : names) {
            assertThat(name.getBytes(StandardCharsets.UTF_8).length).as(name).isLessThanOrEqualTo(120);
            assertThat(name).as(name).endsWith(".md").doesNotStartWith(".").doesNotStartWith("-")
                    .doesNotContain("..").doesNotContainPattern("[<>:\"/\\\\|?*\\x00-\\x1f\\x7f]");
            assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as(name).isTrue();
            assertThat(name.codePoints().noneMatch(cp -> Character.getType(cp) == Character.FORMAT)).as(name).isTrue();
            assertThat(RESERVED.matcher(name.substring(0, name.indexOf('.'))).matches()).as(name).isFalse();
            assertThat(folded.add(name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)))
                    .as("unique even where case does not count: " + name).isTrue();
        }
        assertThat(names).anyMatch(n -> n.startsWith("etc-passwd-")).anyMatch(n -> n.startsWith("con-"))
                .anyMatch(n -> n.startsWith("café-")).anyMatch(n -> n.startsWith("draft-"))
                .anyMatch(n -> n.startsWith("日本語のタイトル"));
    }

    @Test
    void aLongTitleIsCutBetweenCharactersNotInsideOne() {
        String name = DraftFileName.of("e\u0301".repeat(200), "r", 8);
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(120);
        assertThat(name).matches("(é)+-[0-9a-f]{8}\\.md");
        String emoji = DraftFileName.of("👩‍👩‍👧".repeat(40), "r", 8);
        assertThat(emoji).isEqualTo("draft-" + emoji.substring(6)).as("emoji are not letters");
    }

    @Test
    void theSameTitleAndReferenceAlwaysGiveTheSameName() {
        assertThat(DraftFileName.of("Caching: a primer", "anp-ref-1", 8))
                .isEqualTo(DraftFileName.of("Caching: a primer", "anp-ref-1", 8))
                .isEqualTo("caching-a-primer-" + Sha256.hex("anp-ref-1").substring(0, 8) + ".md");
    }

    @Test
    void namesFromAManifestThatCouldLeaveTheFolderAreNotPortable() {
        assertThat(List.of("../x.md", "..", "a/b.md", "a\\b.md", "CON.md", "con", "x.md.", "x ", "\u202Ex.md",
                "e\u0301.md", "a".repeat(121))).noneMatch(DraftFileName::isPortable);
        assertThat(DraftFileName.isPortable("caching-a-primer-1a2b3c4d.md")).isTrue();
    }
}
