package com.copydesk.ui.export;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.ExportFormat;
import com.copydesk.model.ExportSummary;
import com.copydesk.model.ReviewStatus;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.Decisions;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

/** The dialog's state and commands, without a window: work runs at once on the test's thread. */
class ExportDialogViewModelTest {
    @TempDir
    Path dir;
    private Copydesk desk;
    private final FolderOpener unavailable = new FolderOpener() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void open(Path folder) {
            throw new AssertionError("not available");
        }
    };

    @BeforeEach
    void open() {
        MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
        desk = Copydesk.open(dir.resolve("store.db"), clock);
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("in.jsonl"), List.of(draftJson("r1", "One", "b"),
                draftJson("r2", "Two", "b"), draftJson("r3", "Three", "b")))), TaskMonitor.NONE);
        Decisions.approve(desk, clock.instant(), "r2");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ExportDialogViewModel model(DraftFilter view, List<String> selection) {
        return new ExportDialogViewModel(desk, Background.inline(), unavailable, view, selection);
    }

    @Test
    void offersTheCurrentViewAndTheSelectionOnlyWhenThereAreSuch() {
        assertThat(model(null, List.of()).scopes()).containsExactly(ExportDialogViewModel.Scope.APPROVED,
                ExportDialogViewModel.Scope.EVERY_DRAFT);
        ExportDialogViewModel model = model(DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.PENDING)),
                List.of("r1", "r3"));
        assertThat(model.scopes()).containsExactly(ExportDialogViewModel.Scope.values());
        assertThat(model.scopeCountProperty().get()).isEqualTo("1 draft");
        model.scopeProperty().set(ExportDialogViewModel.Scope.CURRENT_VIEW);
        assertThat(model.scopeCountProperty().get()).isEqualTo("2 drafts");
        model.scopeProperty().set(ExportDialogViewModel.Scope.EVERY_DRAFT);
        assertThat(model.scopeCountProperty().get()).isEqualTo("3 drafts");
    }

    @Test
    void aFileNoCopydeskExportWroteIsReplacedOnlyIfTheEditorSaysSo() throws Exception {
        Path precious = Files.writeString(dir.resolve("notes.jsonl"), "precious data\n");
        ExportDialogViewModel model = model(null, List.of());
        List<Path> asked = new java.util.ArrayList<>();
        model.setReplaceQuestion(file -> asked.add(file) && false);
        model.destinationProperty().set(precious.toString());
        model.export();
        assertThat(asked).containsExactly(precious);
        assertThat(model.errorProperty().get()).contains("no Copydesk export wrote");
        assertThat(Files.readString(precious)).isEqualTo("precious data\n");

        model.setReplaceQuestion(file -> true);
        model.export();
        assertThat(model.summaryProperty().get().drafts()).isEqualTo(1);
        assertThat(Files.readAllLines(precious)).singleElement().asString().contains("\"r2\"");

        model.destinationProperty().set(dir.resolve("other.jsonl").toString());
        assertThat(model.summaryProperty().get()).as("the summary was of another destination").isNull();
        assertThat(model.summaryTextProperty().get()).isEmpty();
    }

    @Test
    void changingTheFormatKeepsTheNameAndChangesTheEnding() {
        ExportDialogViewModel model = model(null, List.of());
        assertThat(model.canExportBinding().get()).isFalse();
        model.destinationProperty().set("/exports/approved.jsonl");
        assertThat(model.canExportBinding().get()).isTrue();
        model.formatProperty().set(ExportFormat.CSV);
        assertThat(model.destinationProperty().get()).isEqualTo("/exports/approved.csv");
        model.formatProperty().set(ExportFormat.MARKDOWN);
        assertThat(model.destinationProperty().get()).isEqualTo("/exports/approved");
        assertThat(model.destinationIsFolder()).isTrue();
        model.formatProperty().set(ExportFormat.JSON_LINES);
        assertThat(model.destinationProperty().get()).isEqualTo("/exports/approved.jsonl");
        assertThat(model.suggestedFileName()).isEqualTo("drafts.jsonl");
    }

    @Test
    void exportsTheSelectionAndSummarises() throws Exception {
        ExportDialogViewModel model = model(null, List.of("r3", "r1"));
        model.scopeProperty().set(ExportDialogViewModel.Scope.SELECTION);
        model.formatProperty().set(ExportFormat.CSV);
        Path report = dir.resolve("report.csv");
        model.destinationProperty().set(report.toString());
        model.export();
        ExportSummary summary = model.summaryProperty().get();
        assertThat(summary.drafts()).isEqualTo(2);
        assertThat(model.summaryTextProperty().get()).isEqualTo("Exported 2 drafts to " + report
                + ".\n2 new, 0 changed, 0 unchanged, 0 removed; 1 file written.");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.canOpenFolderBinding().get()).as("no file manager here").isFalse();
        assertThat(Files.readAllLines(report)).hasSize(3);
    }

    @Test
    void aFailureBecomesTheErrorAndNoSummary() throws Exception {
        ExportDialogViewModel model = model(null, List.of());
        model.destinationProperty().set(Files.createDirectories(dir.resolve("folder")).toString());
        model.export();
        assertThat(model.errorProperty().get()).contains("is a folder");
        assertThat(model.summaryProperty().get()).isNull();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void theSummarySaysWhatWasKeptAndWhatWasNotFound() {
        ExportSummary summary = new ExportSummary(ExportFormat.MARKDOWN, Path.of("/site"), 3, 0, 1, 2, 0,
                List.of("a.md", "b.md"), 1, List.of("gone-1"), false);
        assertThat(ExportDialogViewModel.describe(summary)).isEqualTo("""
                Exported 3 drafts to /site.
                0 new, 1 changed, 2 unchanged, 0 removed; 1 file written.
                Kept 2 files of drafts no longer in scope: a.md, b.md
                Not in the store any more: gone-1""");
        assertThat(ExportDialogViewModel.describe(ExportSummary.cancelled(ExportFormat.CSV, Path.of("/r.csv"))))
                .isEqualTo("Cancelled. /r.csv is as it was.");
    }
}
