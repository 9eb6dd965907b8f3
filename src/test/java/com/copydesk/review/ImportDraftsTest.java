package com.copydesk.review;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.HistoryEntry;
import com.copydesk.model.ImportError;
import com.copydesk.model.ImportSummary;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.StoredDraft;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.Samples;
import com.copydesk.support.TempDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

class ImportDraftsTest {
    @RegisterExtension
    final TempDesk temp = new TempDesk();

    private ImportSummary importPaths(Path... paths) {
        return temp.desk().imports().run(List.of(paths), TaskMonitor.NONE);
    }

    @Test
    void newDraftsArePendingAndTheSameDraftTwiceChangesNothing() {
        Path file = DraftFiles.lines(temp.dir().resolve("in/a.jsonl"),
                List.of(draftJson("r1", "One", "Body one."), draftJson("r2", "Two", "Body two.")));
        ImportSummary first = importPaths(file);
        assertThat(first.imported()).isEqualTo(2);
        assertThat(temp.desk().queries().find("r1").orElseThrow().status()).isEqualTo(ReviewStatus.PENDING);

        long historyBefore = rows("SELECT count(*) FROM history");
        ImportSummary second = importPaths(file);
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(second.imported() + second.updated() + second.rejected()).isZero();
        assertThat(rows("SELECT count(*) FROM history")).as("nothing written").isEqualTo(historyBefore);
        assertThat(rows("SELECT count(*) FROM draft")).isEqualTo(2);
    }

    @Test
    void theSamplePageAndJsonAreOneDraft() {
        Path folder = temp.dir().resolve("samples");
        Samples.copy(Samples.JSON, folder);
        Samples.copy(Samples.PAGE, folder);
        ImportSummary summary = importPaths(folder);
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.unchanged()).as("the same record twice in one import counts once").isZero();
        assertThat(summary.rejected()).isZero();
        assertThat(rows("SELECT count(*) FROM draft")).isEqualTo(1);
    }

    @Test
    void changedContentUpdatesKeepsTheEditorsWorkAndReopensADecidedDraft() {
        Path file = DraftFiles.lines(temp.dir().resolve("a.jsonl"), List.of(draftJson("r1", "One", "Body one.")));
        importPaths(file);
        long id = temp.desk().queries().find("r1").orElseThrow().id();
        temp.desk().store().write(c -> c.createStatement().executeUpdate("UPDATE draft SET status = 'approved', "
                + "decided_at = '2026-11-25T10:00:00Z', ed_quality = 55, "
                + "checklist = '[{\"item\":\"first check\",\"done\":true},{\"item\":\"second check\",\"done\":false},"
                + "{\"item\":\"editor added\",\"done\":true}]' WHERE id = " + id));

        temp.clock().advance(java.time.Duration.ofHours(1));
        DraftFiles.lines(file, List.of(draftJson("r1", "One, revised", "Body one, longer now.")));
        ImportSummary summary = importPaths(file);

        assertThat(summary.updated()).isEqualTo(1);
        StoredDraft d = temp.desk().queries().find("r1").orElseThrow();
        assertThat(d.imported().title()).isEqualTo("One, revised");
        assertThat(d.status()).as("what was approved is no longer what is there").isEqualTo(ReviewStatus.PENDING);
        assertThat(d.review().decidedAt()).isNull();
        assertThat(d.review().editorScores().quality()).isEqualTo(55);
        assertThat(d.current().score().quality()).isEqualTo(55);
        assertThat(d.review().checklist()).extracting(i -> i.text() + "=" + i.done())
                .containsExactly("first check=true", "second check=false", "editor added=true");

        List<HistoryEntry> history = temp.desk().queries().history(id);
        assertThat(history).filteredOn(h -> h.at().equals(temp.clock().instant()))
                .extracting(HistoryEntry::field)
                .containsExactlyInAnyOrder("title", "body", "summary", "status", "decided_at");
        HistoryEntry title = history.stream().filter(h -> h.field().equals("title")).findFirst().orElseThrow();
        assertThat(title.oldValue()).isEqualTo("One");
        assertThat(title.newValue()).isEqualTo("One, revised");
        assertThat(title.action()).isEqualTo("import");

        List<Long> found = new ArrayList<>();
        temp.desk().queries().forEachId(com.copydesk.model.DraftFilter.ALL.withSearch("longer"), found::add);
        assertThat(found).as("the full-text index follows the new body").containsExactly(id);
        found.clear();
        temp.desk().queries().forEachId(com.copydesk.model.DraftFilter.ALL.withSearch("revised"), found::add);
        assertThat(found).containsExactly(id);
    }

    @Test
    void aReferenceTwiceInOneFileKeepsTheFirstAndRejectsTheSecondNamingBothPlaces() {
        Path file = DraftFiles.lines(temp.dir().resolve("twice.jsonl"), List.of(draftJson("r1", "Old title", "Alpha words here."),
                draftJson("r2", "Two", "Body two."), draftJson("r1", "New title", "Omega words here.")));

        ImportSummary summary = importPaths(file);

        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.updated()).isZero();
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(file.toString());
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reference()).isEqualTo("r1");
            assertThat(e.message()).contains(file + ":1").contains("--on-duplicate last");
        });
        assertThat(temp.desk().queries().find("r1").orElseThrow().imported().title()).isEqualTo("Old title");
        assertThat(temp.desk().queries().count(DraftFilter.ALL.withSearch("omega"))).isZero();
        assertThat(rows("SELECT count(*) FROM history h JOIN draft d ON d.id = h.draft_id WHERE d.reference = 'r1'"))
                .as("nothing of the first was replaced").isEqualTo(1);
    }

    @Test
    void aReferenceInTwoFilesOfOneImportIsAConflictAcrossBatches() throws Exception {
        Path a = DraftFiles.lines(temp.dir().resolve("in/a.jsonl"), List.of(draftJson("r1", "From a", "Body a.")));
        Path b = com.copydesk.support.DraftCorpus.jsonLines(temp.dir().resolve("in/b.jsonl"), ImportDrafts.BATCH_DRAFTS + 5, 3);
        java.nio.file.Files.writeString(b, draftJson("r1", "From b", "Body b.") + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        int lastLine = ImportDrafts.BATCH_DRAFTS + 6;

        ImportSummary summary = importPaths(temp.dir().resolve("in"));

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.errors().get(0).file()).isEqualTo(b.toString());
        assertThat(summary.errors().get(0).line()).isEqualTo(lastLine);
        assertThat(summary.errors().get(0).message()).contains(a + ":1");
        assertThat(temp.desk().queries().find("r1").orElseThrow().imported().title()).isEqualTo("From a");
    }

    @Test
    void onDuplicateLastKeepsTheLaterRecordIndexedAsItsLastVersionAndCountsTheReplacement() {
        String first = draftJson("r1", "Old title", "Alpha words here.").replace("\"topic\"", "\"stack\":[\"rust\"],\"topic\"");
        String second = draftJson("r1", "New title", "Omega words here.").replace("\"topic\"", "\"stack\":[\"go\"],\"topic\"");
        Path file = DraftFiles.lines(temp.dir().resolve("twice.jsonl"),
                List.of(first, draftJson("r2", "Two", "Body two."), second));

        ImportSummary summary = temp.desk().imports().run(List.of(file), ImportDrafts.OnDuplicate.LAST, TaskMonitor.NONE);

        assertThat(summary.rejected()).isZero();
        assertThat(summary.replaced()).isEqualTo(1);
        assertThat(temp.desk().queries().find("r1").orElseThrow().imported().title()).isEqualTo("New title");
        assertThat(temp.desk().queries().count(DraftFilter.ALL.withSearch("omega"))).isEqualTo(1);
        assertThat(temp.desk().queries().count(DraftFilter.ALL.withSearch("alpha"))).isZero();
        assertThat(temp.desk().queries().count(DraftFilter.ALL.withSearch("\"body two\""))).isEqualTo(1);
        assertThat(temp.desk().queries().tagValues("stack")).containsOnlyKeys("go");
        temp.desk().store().write(c -> c.createStatement().executeUpdate(
                "INSERT INTO draft_fts (draft_fts) VALUES ('integrity-check')"));
    }

    @Test
    void anIdenticalRecordTwiceCountsOnceWithoutError() {
        String same = draftJson("r1", "One", "Body one.");
        Path file = DraftFiles.lines(temp.dir().resolve("same.jsonl"), List.of(same, same));

        ImportSummary summary = importPaths(file);

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.updated() + summary.unchanged() + summary.rejected()).isZero();
    }

    @Test
    void aFileReachedTwiceIsReadOnce() {
        Path file = DraftFiles.lines(temp.dir().resolve("in/a.jsonl"), List.of(draftJson("r1", "One", "Body one.")));

        ImportSummary summary = importPaths(file, temp.dir().resolve("in"), file);

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.total()).isEqualTo(1);
    }

    @Test
    void aFolderNamedThroughALinkIsWalkedAndItsFilesAreNamedByTheLink() throws Exception {
        DraftFiles.lines(temp.dir().resolve("real/sub/a.jsonl"), List.of(draftJson("r1", "One", "Body one.")));
        DraftFiles.write(temp.dir().resolve("real/b.jsonl"), "{\"reference\":\"bad\"}\n");
        Path link = java.nio.file.Files.createSymbolicLink(temp.dir().resolve("link"), temp.dir().resolve("real"));

        ImportSummary summary = importPaths(link);

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.errors()).singleElement()
                .satisfies(e -> assertThat(e.file()).isEqualTo(link.resolve("b.jsonl").toString()));
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeNamedAsAFileIsRefusedInsteadOfReadForEver() throws Exception {
        Path fifo = temp.dir().resolve("pipe.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        Path good = DraftFiles.lines(temp.dir().resolve("good.jsonl"), List.of(draftJson("r1", "One", "Body one.")));

        ImportSummary summary = importPaths(fifo, good);

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.errors()).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("not a regular file"));
    }

    @Test
    void aBadRecordIsReportedAndKeptWithTheRunAndTheOthersImport() {
        Path file = DraftFiles.lines(temp.dir().resolve("mixed.jsonl"), List.of(draftJson("r1", "One", "x"),
                "{\"reference\":\"r2\",\"title\":\"t\",\"body\":\"b\",\"score\":{\"quality\":\"high\"}}",
                "not json at all", draftJson("r3", "Three", "y")));
        ImportSummary summary = importPaths(file);
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(summary.errors()).extracting(ImportError::line).containsExactly(2, 3);
        assertThat(summary.errors().get(0).reference()).isEqualTo("r2");
        assertThat(summary.errors().get(0).message()).contains("score.quality");
        assertThat(summary.errors().get(0).file()).endsWith("mixed.jsonl");

        List<ImportError> stored = new ArrayList<>();
        temp.desk().imports().forEachError(summary.runId(), stored::add);
        assertThat(stored).isEqualTo(summary.errors());
        assertThat(temp.desk().queries().recentImports(1).get(0).state()).isEqualTo("done");
    }

    @Test
    void gzipFoldersAndEveryFormatImport() {
        Path folder = temp.dir().resolve("drafts");
        DraftFiles.gzip(folder.resolve("a.jsonl.gz"), draftJson("g1", "Gzipped", "x") + "\n");
        DraftFiles.write(folder.resolve("sub/b.ndjson"), draftJson("n1", "Ndjson", "x") + "\n");
        DraftFiles.write(folder.resolve("sub/deeper/c.md"), "---\nreference: m1\n---\n# Markdown\n\nBody.\n");
        DraftFiles.write(folder.resolve("d.json"), "[" + draftJson("j1", "Array 1", "x") + ","
                + draftJson("j2", "Array 2", "y") + "]");
        DraftFiles.write(folder.resolve("notes.csv"), "not a draft");
        DraftFiles.write(folder.resolve(".hidden/e.json"), draftJson("h1", "Hidden", "x"));
        Samples.copy(Samples.PAGE, folder.resolve("pages"));
        ImportSummary summary = importPaths(folder);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.imported()).isEqualTo(6);
        assertThat(temp.desk().queries().find("m1").orElseThrow().imported().title()).isEqualTo("Markdown");
    }

    @Test
    void aMissingPathAndABrokenGzipAreRejectedWithoutStoppingTheRest() {
        Path good = DraftFiles.lines(temp.dir().resolve("ok.jsonl"), List.of(draftJson("r1", "One", "x")));
        Path broken = DraftFiles.write(temp.dir().resolve("broken.jsonl.gz"), "not gzip");
        ImportSummary summary = importPaths(temp.dir().resolve("missing.json"), broken, good);
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.errors()).extracting(ImportError::message)
                .anySatisfy(m -> assertThat(m).contains("no such file"))
                .anySatisfy(m -> assertThat(m).contains("gzip"));
    }

    @Test
    void aCancelledImportKeepsWhatItReadAndSaysSo() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            lines.add(draftJson("r" + i, "Title " + i, "Body " + i));
        }
        Path file = DraftFiles.lines(temp.dir().resolve("many.jsonl"), lines);
        int[] calls = {0};
        ImportSummary summary = temp.desk().imports().run(List.of(file), new TaskMonitor() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return ++calls[0] > 1200;
            }
        });
        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.imported()).isBetween(1000, 2499);
        assertThat(rows("SELECT count(*) FROM draft")).isEqualTo(summary.imported());
        assertThat(temp.desk().queries().recentImports(1).get(0).state()).isEqualTo("cancelled");
        assertThat(importPaths(file).imported()).isEqualTo(2500 - summary.imported());
    }

    private long rows(String sql) {
        return temp.desk().store().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.getLong(1);
            }
        });
    }
}
