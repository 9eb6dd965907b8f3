package com.copydesk.ui.main;

import com.copydesk.app.Copydesk;
import com.copydesk.model.ReviewStatus;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.review.BulkRequest;
import com.copydesk.ui.views.ViewsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's view models with work run inline: what the editor sees after each command. */
class MainViewModelTest {
    @TempDir
    Path dir;
    private Copydesk desk;
    private MainViewModel model;

    @BeforeEach
    void open() {
        desk = Copydesk.open(dir.resolve("s.db"), MutableClock.at("2026-11-25T10:00:00Z"));
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("in.jsonl"), List.of(
                DraftFiles.draftJson("r1", "One", "first body"), DraftFiles.draftJson("r2", "Two", "second body"),
                DraftFiles.draftJson("r3", "Three", "third body")))), TaskMonitor.NONE);
        model = new MainViewModel(desk, Background.inline());
        model.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void startsOnNeedsReviewWithCountsAndTheFirstDraftRequested() {
        assertThat(model.filters().current()).isEqualTo(ViewsViewModel.NEEDS_REVIEW);
        assertThat(model.queue().matchesProperty().get()).isEqualTo(3);
        assertThat(model.queue().requestedIndexProperty().get()).isZero();
        assertThat(model.countsProperty().get()).startsWith("3 drafts");
        assertThat(model.views().entries()).extracting(ViewsViewModel.ViewEntry::name)
                .startsWith("Needs review", "Pending", "Approved", "Rejected", "All");
    }

    @Test
    void afterADecisionThatMovesTheDraftWithinTheViewTheDraftAfterItComesNext() {
        model.filters().apply(com.copydesk.model.DraftFilter.ALL);
        model.queue().sortProperty().set(new com.copydesk.model.QueueSort(com.copydesk.model.SortColumn.STATUS, true));
        var before = model.queue().itemsProperty().get();
        String decided = before.rowAt(0).reference();
        String after = before.rowAt(1).reference();
        model.queue().focusedIndexProperty().set(0);
        model.draft().show(before.rowAt(0).id());

        model.draft().reject("thin");   // still in All, but "rejected" sorts after "pending": it moves to the end

        var now = model.queue().itemsProperty().get();
        assertThat(now.rowAt(now.size() - 1).reference()).isEqualTo(decided);
        assertThat(now.rowAt(model.queue().requestedIndexProperty().get()).reference()).as("none skipped").isEqualTo(after);
    }

    @Test
    void aChangeMadeByACommandMeanwhileIsReadAgain() {
        model.checkStoreChanges();                                   // what the window has seen
        assertThat(model.countsProperty().get()).contains("0 approved");
        try (Copydesk command = Copydesk.open(dir.resolve("s.db"), MutableClock.at("2026-11-25T10:05:00Z"))) {
            command.actions().approve(new ReviewActions.Target.References(List.of("r1")), false, TaskMonitor.NONE);
        }
        model.checkStoreChanges();
        assertThat(model.countsProperty().get()).contains("1 approved");
        assertThat(model.views().entries().get(2).count()).as("Approved").isEqualTo(1);
    }

    @Test
    void aDecisionMovesToTheNextDraftAndUpdatesCountsAndUndo() {
        model.queue().focusedIndexProperty().set(0);
        model.draft().show(desk.queries().find("r3").orElseThrow().id());
        model.draft().approve(false);
        assertThat(desk.queries().find("r3").orElseThrow().status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(model.queue().matchesProperty().get()).as("it left Needs review").isEqualTo(2);
        assertThat(model.queue().requestedIndexProperty().get()).as("the draft now first").isZero();
        assertThat(model.undoTextProperty().get()).isEqualTo("approve r3");
        assertThat(model.noticeProperty().get()).as("says what was done").startsWith("Approved \u201c");
        assertThat(model.views().entries().get(2).count()).as("Approved").isEqualTo(1);
        model.undo();
        assertThat(desk.queries().find("r3").orElseThrow().status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(model.noticeProperty().get()).isEqualTo("Undone: approve r3");
        assertThat(model.redoTextProperty().get()).isEqualTo("approve r3");
    }

    @Test
    void aBulkActionRunsOnThePreviewedDraftsOnly() {
        model.filters().searchProperty().set("first OR second");
        ReviewActions.Preview[] preview = new ReviewActions.Preview[1];
        model.preview(new ReviewActions.Target.Matching(model.filters().current()), p -> preview[0] = p);
        assertThat(preview[0].drafts()).isEqualTo(2);
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("late.jsonl"),
                List.of(DraftFiles.draftJson("late", "Late", "first arrived later")))), TaskMonitor.NONE);
        model.runBulk(new BulkRequest(BulkRequest.Kind.REJECT, false, "duplicates", null, null, null), preview[0]);
        assertThat(desk.queries().find("r1").orElseThrow().status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(desk.queries().find("r2").orElseThrow().status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(desk.queries().find("late").orElseThrow().status()).as("not what the editor confirmed")
                .isEqualTo(ReviewStatus.PENDING);
        assertThat(model.noticeProperty().get()).isEqualTo("Reject: changed 2, unchanged 0");
    }
}
