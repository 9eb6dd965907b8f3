package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.export.ExportSession;
import com.copydesk.export.Exporter;
import com.copydesk.interchange.DraftJson;
import com.copydesk.model.ExportFormat;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.ExportScope;
import com.copydesk.model.ExportSummary;
import com.copydesk.model.ImportSummary;
import com.copydesk.model.StoredDraft;
import com.copydesk.support.Decisions;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.ExportFixture;
import com.copydesk.support.FolderSnapshot;
import com.copydesk.support.TempDesk;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.copydesk.support.ExportFixture.generatedReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportDraftsTest {
    private static final int GENERATED = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    @RegisterExtension
    final TempDesk temp = new TempDesk();

    @BeforeEach
    void open() {
        ExportFixture.fill(temp.desk(), temp.dir().resolve("in"), GENERATED);
        // the editor's work, which exports must carry: scores, ticks and a note
        Decisions.sql(temp.desk(), "UPDATE draft SET ed_quality = 42, note = 'tightened the intro', checklist = "
                + "'[{\"item\":\"review query plans\",\"done\":true},{\"item\":\"add indexes carefully\",\"done\":false}]'"
                + " WHERE reference = '" + generatedReference(1) + "'");
        Decisions.sql(temp.desk(), "UPDATE draft SET ed_clarity = 99 WHERE reference = '" + ExportFixture.SPECIAL + "'");
    }

    private ExportSummary export(ExportFormat format, Path destination, ExportScope scope) {
        return export(format, destination, scope, true);
    }

    private ExportSummary export(ExportFormat format, Path destination, ExportScope scope, boolean removeStale) {
        temp.clock().advance(Duration.ofMinutes(1));
        return temp.desk().exports().run(new ExportRequest(format, destination, scope, true, removeStale), TaskMonitor.NONE);
    }

    private void approve(int... generated) {
        Decisions.approve(temp.desk(), temp.clock().instant(), IntStream.of(generated).mapToObj(ExportFixture::generatedReference)
                .toArray(String[]::new));
    }

    private List<String> allReferences() {
        List<String> references = new ArrayList<>();
        for (int n = 0; n < GENERATED; n++) {
            references.add(generatedReference(n));
        }
        references.add(ExportFixture.SPECIAL);
        return references;
    }

    private StoredDraft stored(String reference) {
        return temp.desk().queries().find(reference).orElseThrow();
    }

    private static List<Path> markdownFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void jsonLinesImportIntoAnEmptyStoreAsTheSameDrafts() throws Exception {
        Path out = temp.dir().resolve("out/drafts.jsonl");
        ExportSummary summary = export(ExportFormat.JSON_LINES, out, ExportScope.everyDraft());
        assertThat(summary.drafts()).isEqualTo(GENERATED + 1);
        assertThat(Files.readAllLines(out)).hasSize(GENERATED + 1);

        try (Copydesk other = Copydesk.open(temp.dir().resolve("other.db"), temp.clock())) {
            ImportSummary imported = other.imports().run(List.of(out), TaskMonitor.NONE);
            assertThat(imported.imported()).isEqualTo(GENERATED + 1);
            assertThat(imported.rejected()).isZero();
            for (String reference : allReferences()) {
                assertThat(other.queries().find(reference).orElseThrow().imported())
                        .as(reference).isEqualTo(stored(reference).current());
            }
            // exported again from there: the same drafts, line by line; only the review differs
            Path again = temp.dir().resolve("again.jsonl");
            other.exports().run(new ExportRequest(ExportFormat.JSON_LINES, again, ExportScope.everyDraft(), true, true),
                    TaskMonitor.NONE);
            assertThat(withoutReview(again)).isEqualTo(withoutReview(out));
        }
    }

    private static List<JsonNode> withoutReview(Path jsonLines) throws Exception {
        List<JsonNode> drafts = new ArrayList<>();
        for (String line : Files.readAllLines(jsonLines)) {
            ObjectNode draft = (ObjectNode) JSON.readTree(line);
            assertThat(draft.get("review").get("status")).isNotNull();
            draft.remove("review");
            drafts.add(draft);
        }
        return drafts;
    }

    @Test
    void aJsonLineCarriesTheEditorsWorkAndTheReviewObject() throws Exception {
        approve(1);
        Instant decided = temp.clock().instant();
        Path out = temp.dir().resolve("approved.jsonl");
        export(ExportFormat.JSON_LINES, out, ExportScope.approved());
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(line.get("reference").asText()).isEqualTo(generatedReference(1));
        assertThat(line.get("score").get("quality").asInt()).isEqualTo(42);
        assertThat(line.get("checklist")).hasSize(2);
        JsonNode review = line.get("review");
        assertThat(review.get("status").asText()).isEqualTo("approved");
        assertThat(review.get("decided_at").asText()).isEqualTo(decided.toString());
        assertThat(review.get("note").asText()).isEqualTo("tightened the intro");
        assertThat(review.get("imported_score").get("quality").asInt())
                .isEqualTo(stored(generatedReference(1)).imported().score().quality());
        assertThat(review.get("editor_score").get("quality").asInt()).isEqualTo(42);
        assertThat(review.get("checklist").get(0).get("done").asBoolean()).isTrue();
        assertThat(review.get("checklist").get(1).get("done").asBoolean()).isFalse();
        assertThat(review.has("flags")).as("findings are the rules' business, not what was approved").isFalse();
    }

    @Test
    void markdownFrontMatterHasTheSiteKeysAndTheWholeDraftUnderParams() throws Exception {
        approve(1);
        Instant decided = temp.clock().instant();
        Path folder = temp.dir().resolve("site/content/posts");
        export(ExportFormat.MARKDOWN, folder, ExportScope.everyDraft());
        List<Path> files = markdownFiles(folder);
        assertThat(files).hasSize(GENERATED + 1);
        DraftJson json = new DraftJson();
        Set<String> slugs = new java.util.HashSet<>();
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(text).startsWith("---\n");
            int close = text.indexOf("\n---\n");
            Map<String, Object> frontMatter = YAML.readValue(text.substring(4, close + 1), new TypeReference<>() {
            });
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) frontMatter.get("params");
            StoredDraft draft = stored((String) params.get("reference"));
            var current = draft.current();
            assertThat(new ArrayList<>(frontMatter.keySet())).as(file.toString())
                    .containsSubsequence("title", "draft", "slug", "params").last().isEqualTo("params");
            assertThat(frontMatter.get("title")).isEqualTo(current.title());
            String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
            assertThat(frontMatter.get("slug")).isEqualTo(slug);
            assertThat(slugs.add(slug)).as("slugs are unique").isTrue();
            boolean approved = draft.reference().equals(generatedReference(1));
            assertThat(frontMatter.get("draft")).as("what the site acts on: never the draft's own").isEqualTo(!approved);
            if (approved) {
                assertThat(frontMatter.get("date")).isEqualTo(decided.toString());
            } else {
                assertThat(frontMatter).doesNotContainKey("date");
            }
            List<String> tags = new ArrayList<>(new LinkedHashSet<>(Stream.concat(current.stack().stream(),
                    current.tools().stream()).toList()));
            assertThat(frontMatter.get("tags")).isEqualTo(tags.isEmpty() ? null : tags);
            Map<String, Object> expected = JSON.readValue(json.toJson(current, false), new TypeReference<LinkedHashMap<String, Object>>() {
            });
            assertThat(params).as(file.toString()).isEqualTo(expected);
            assertThat(text.substring(close + 5)).isEqualTo(current.body().isEmpty() ? "" : "\n" + current.body());
        }
        String special = Files.readString(files.stream().filter(f -> contains(f, ExportFixture.SPECIAL)).findFirst()
                .orElseThrow());
        Map<String, Object> specialKeys = YAML.readValue(special.substring(4, special.indexOf("\n---\n") + 1),
                new TypeReference<>() {
                });
        assertThat(specialKeys.get("draft")).as("the draft's own draft: true is under params").isEqualTo(true);
        assertThat(specialKeys.get("date")).as("the draft's own date is not the site's").isNull();
    }

    @Test
    void markdownFilesImportBackAsTheSameDrafts() {
        Path folder = temp.dir().resolve("md");
        export(ExportFormat.MARKDOWN, folder, ExportScope.everyDraft());
        try (Copydesk other = Copydesk.open(temp.dir().resolve("other.db"), temp.clock())) {
            ImportSummary imported = other.imports().run(List.of(folder), TaskMonitor.NONE);
            assertThat(imported.rejected()).as(imported.errors().toString()).isZero();
            assertThat(imported.imported()).isEqualTo(GENERATED + 1);
            for (String reference : allReferences()) {
                assertThat(other.queries().find(reference).orElseThrow().imported())
                        .as(reference).isEqualTo(stored(reference).current());
            }
        }
    }

    @Test
    void approvedDraftsAreTheDefaultScope() throws Exception {
        approve(3, 5);
        Path folder = temp.dir().resolve("md");
        ExportSummary summary = temp.desk().exports().run(new ExportRequest(ExportFormat.MARKDOWN, folder,
                ExportScope.approved(), true, true), TaskMonitor.NONE);
        assertThat(summary.drafts()).isEqualTo(2);
        assertThat(markdownFiles(folder)).hasSize(2)
                .allSatisfy(f -> assertThat(Files.readString(f)).containsAnyOf(generatedReference(3),
                        generatedReference(5)));
    }

    @Test
    void anIncrementalExportAfterApprovingTwoMoreDraftsWritesExactlyTheirTwoFiles() throws Exception {
        approve(0, 1, 2, 3, 4);
        Path folder = temp.dir().resolve("md");
        assertThat(export(ExportFormat.MARKDOWN, folder, ExportScope.approved()).filesWritten()).isEqualTo(5);
        FolderSnapshot before = FolderSnapshot.of(folder);

        approve(7, 8);
        ExportSummary summary = export(ExportFormat.MARKDOWN, folder, ExportScope.approved());
        assertThat(summary.filesWritten()).isEqualTo(2);
        assertThat(summary.added()).isEqualTo(2);
        assertThat(summary.unchanged()).isEqualTo(5);
        FolderSnapshot after = FolderSnapshot.of(folder);
        Set<String> changed = after.changedSince(before);
        assertThat(changed).hasSize(3).contains(".copydesk-manifest.json");
        assertThat(changed.stream().filter(name -> name.endsWith(".md"))
                .map(name -> new String(after.files().get(name).bytes(), StandardCharsets.UTF_8)))
                .satisfiesExactlyInAnyOrder(text -> assertThat(text).contains(generatedReference(7)),
                        text -> assertThat(text).contains(generatedReference(8)));
    }

    @Test
    void aSecondIdenticalExportChangesNoByteInAnyFormat() {
        approve(0, 2, 4);
        for (ExportFormat format : ExportFormat.values()) {
            Path folder = temp.dir().resolve("twice-" + format.key());
            Path destination = format.filePerDraft() ? folder : folder.resolve("drafts" + format.extension());
            assertThat(export(format, destination, ExportScope.approved()).filesWritten()).isPositive();
            FolderSnapshot first = FolderSnapshot.of(folder);

            ExportSummary second = export(format, destination, ExportScope.approved());
            assertThat(second.filesWritten()).as(format.key()).isZero();
            assertThat(second.unchanged()).isEqualTo(3);
            assertThat(FolderSnapshot.of(folder).changedSince(first)).as(format.key()).isEmpty();
        }
    }

    @Test
    void theSameStoreGivesTheSameBytes() {
        approve(0, 1, 2, 3);
        for (ExportFormat format : ExportFormat.values()) {
            Path a = temp.dir().resolve("a-" + format.key());
            Path b = temp.dir().resolve("b-" + format.key());
            export(format, format.filePerDraft() ? a : a.resolve("x" + format.extension()), ExportScope.approved());
            export(format, format.filePerDraft() ? b : b.resolve("x" + format.extension()), ExportScope.approved());
            Map<String, String> first = contents(a);
            Map<String, String> second = contents(b);
            // the manifests say when each file was written; everything else is the same
            first.keySet().removeIf(name -> name.endsWith("manifest.json"));
            second.keySet().removeIf(name -> name.endsWith("manifest.json"));
            assertThat(second).as(format.key()).isEqualTo(first).isNotEmpty();
        }
    }

    private static Map<String, String> contents(Path folder) {
        Map<String, String> contents = new LinkedHashMap<>();
        FolderSnapshot.of(folder).files().forEach((name, state) ->
                contents.put(name, new String(state.bytes(), StandardCharsets.UTF_8)));
        return contents;
    }

    @Test
    void aChangedDraftIsWrittenAgainAndAChangedTitleMovesItsFile() throws Exception {
        approve(0, 1, 2);
        Path folder = temp.dir().resolve("md");
        export(ExportFormat.MARKDOWN, folder, ExportScope.approved());
        Path oldFileOfTwo = markdownFiles(folder).stream().filter(f -> contains(f, generatedReference(2)))
                .findFirst().orElseThrow();

        Decisions.sql(temp.desk(), "UPDATE draft SET note = 'a second look' WHERE reference = '" + generatedReference(0) + "'");
        ExportSummary noteOnly = export(ExportFormat.MARKDOWN, folder, ExportScope.approved());
        assertThat(noteOnly.filesWritten()).as("the note is not in the Markdown file").isZero();

        Decisions.sql(temp.desk(), "UPDATE draft SET ed_depth = 11 WHERE reference = '" + generatedReference(0) + "'");
        ExportSummary scored = export(ExportFormat.MARKDOWN, folder, ExportScope.approved());
        assertThat(scored.changed()).isEqualTo(1);
        assertThat(scored.filesWritten()).isEqualTo(1);

        String retitled = new com.copydesk.bench.DraftGenerator(11, 0).draft(2)
                .replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"A brand new title\"");
        temp.desk().imports().run(List.of(DraftFiles.lines(temp.dir().resolve("retitled.jsonl"), List.of(retitled))),
                TaskMonitor.NONE);
        approve(2);
        ExportSummary moved = export(ExportFormat.MARKDOWN, folder, ExportScope.approved());
        assertThat(moved.changed()).isEqualTo(1);
        List<Path> after = markdownFiles(folder);
        assertThat(after).hasSize(3).anyMatch(f -> f.getFileName().toString().startsWith("a-brand-new-title-"));
        assertThat(after).doesNotContain(oldFileOfTwo);
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void filesOfDraftsNoLongerInScopeAreRemovedOrKeptAndListed() throws Exception {
        approve(0, 1, 2);
        Path folder = temp.dir().resolve("md");
        export(ExportFormat.MARKDOWN, folder, ExportScope.approved());
        Decisions.decide(temp.desk(), "pending", null, generatedReference(1));

        ExportSummary kept = export(ExportFormat.MARKDOWN, folder, ExportScope.approved(), false);
        assertThat(kept.staleKept()).hasSize(1);
        assertThat(folder.resolve(kept.staleKept().get(0))).exists();
        assertThat(Files.readString(folder.resolve(".copydesk-manifest.json"))).contains("\"stale\":true");
        assertThat(export(ExportFormat.MARKDOWN, folder, ExportScope.approved(), false).staleKept())
                .as("still listed the next time").isEqualTo(kept.staleKept());

        ExportSummary removed = export(ExportFormat.MARKDOWN, folder, ExportScope.approved(), true);
        assertThat(removed.removed()).isEqualTo(1);
        assertThat(folder.resolve(kept.staleKept().get(0))).doesNotExist();
        assertThat(markdownFiles(folder)).hasSize(2);

        Path jsonl = temp.dir().resolve("a.jsonl");
        export(ExportFormat.JSON_LINES, jsonl, ExportScope.approved());
        Decisions.decide(temp.desk(), "rejected", temp.clock().instant(), generatedReference(2));
        ExportSummary shrunk = export(ExportFormat.JSON_LINES, jsonl, ExportScope.approved());
        assertThat(shrunk.removed()).isEqualTo(1);
        assertThat(Files.readAllLines(jsonl)).hasSize(1);
    }

    @Test
    void namedDraftsAreExportedAndUnknownReferencesReported() throws Exception {
        Path out = temp.dir().resolve("selection.csv");
        ExportSummary summary = temp.desk().exports().run(new ExportRequest(ExportFormat.CSV, out,
                new ExportScope.Named(List.of(generatedReference(4), "no-such-draft", generatedReference(2))), true,
                true), TaskMonitor.NONE);
        assertThat(summary.drafts()).isEqualTo(2);
        assertThat(summary.notFound()).containsExactly("no-such-draft");
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith(generatedReference(2) + ",");
        assertThat(rows.get(2)).startsWith(generatedReference(4) + ",");
    }

    @Test
    void aCancelledExportLeavesTheLastOneAsItWas() throws Exception {
        approve(0, 1, 2, 3, 4, 5);
        Path folder = temp.dir().resolve("md");
        export(ExportFormat.MARKDOWN, folder, ExportScope.approved());
        Decisions.sql(temp.desk(), "UPDATE draft SET ed_quality = 1 WHERE status = 'approved'");
        FolderSnapshot before = FolderSnapshot.of(folder);

        TaskMonitor cancelAfterThree = new TaskMonitor() {
            private int drafts;

            @Override
            public void progress(long done, long total, String message) {
                drafts = (int) done;
            }

            @Override
            public boolean isCancelled() {
                return drafts >= 3;
            }
        };
        ExportSummary summary = temp.desk().exports().run(new ExportRequest(ExportFormat.MARKDOWN, folder,
                ExportScope.approved(), true, true), cancelAfterThree);
        assertThat(summary.cancelled()).isTrue();
        assertThat(FolderSnapshot.of(folder).changedSince(before)).isEmpty();
        assertThat(export(ExportFormat.MARKDOWN, folder, ExportScope.approved()).changed()).isEqualTo(6);
    }

    @Test
    void aDamagedManifestStopsTheExportAndSaysWhatToDo() throws Exception {
        approve(0);
        Path folder = temp.dir().resolve("md");
        export(ExportFormat.MARKDOWN, folder, ExportScope.approved());
        Files.writeString(folder.resolve(".copydesk-manifest.json"), "{\"copydesk_export\":1,\"drafts\":[{\"refer");
        FolderSnapshot before = FolderSnapshot.of(folder);
        assertThatThrownBy(() -> export(ExportFormat.MARKDOWN, folder, ExportScope.approved()))
                .isInstanceOf(ExportFailedException.class).hasMessageContaining("damaged")
                .hasMessageContaining("Delete it");
        assertThat(FolderSnapshot.of(folder).changedSince(before)).isEmpty();
    }

    @Test
    void twoExportsToOneDestinationDoNotInterleave() throws Exception {
        Path out = temp.dir().resolve("locked.jsonl");
        ExportRequest request = new ExportRequest(ExportFormat.JSON_LINES, out, ExportScope.everyDraft(), true, true);
        try (ExportSession running = new Exporter(new DraftJson()).open(request, Instant.EPOCH)) {
            running.write(stored(generatedReference(0)));
            assertThatThrownBy(() -> temp.desk().exports().run(request, TaskMonitor.NONE))
                    .isInstanceOf(ExportFailedException.class).hasMessageContaining("Another export");
            assertThat(running.finish(n -> { }).filesWritten()).as("the first one's files were left alone").isOne();
        }
        assertThat(Files.readAllLines(out)).hasSize(1);
    }

    @Test
    void aDestinationOfTheWrongKindIsRefused() throws Exception {
        Path file = Files.writeString(temp.dir().resolve("a-file.md"), "mine");
        assertThatThrownBy(() -> export(ExportFormat.MARKDOWN, file, ExportScope.everyDraft()))
                .isInstanceOf(ExportFailedException.class).hasMessageContaining("is a file");
        Path folder = Files.createDirectories(temp.dir().resolve("a-folder"));
        assertThatThrownBy(() -> export(ExportFormat.CSV, folder, ExportScope.everyDraft()))
                .isInstanceOf(ExportFailedException.class).hasMessageContaining("is a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }
}
