package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.model.ChecklistItem;
import com.copydesk.model.ChecklistRef;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.Finding;
import com.copydesk.model.HistoryEntry;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.ScoreName;
import com.copydesk.model.StoredDraft;
import com.copydesk.review.ReviewActions.Outcome;
import com.copydesk.review.ReviewActions.Target;
import com.copydesk.store.ReviewFields;
import com.copydesk.store.ReviewRepository;
import com.copydesk.support.CancelledMonitor;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewActionsTest {
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private Copydesk desk;

    @BeforeEach
    void open() throws Exception {
        // the four drafts are one template with a word or two changed: near copies of each other,
        // which this test of bulk actions does not count among the flagged
        java.nio.file.Files.writeString(dir.resolve("store.rules.yaml"), "rules:\n  near-duplicate:\n    enabled: false\n");
        desk = Copydesk.open(dir.resolve("store.db"), clock);
        String blocked = RuleDraft.clean("blocked").replace("A title", "Blocked title")
                .replace("word0", "<script>alert(1)</script> word0");
        String lowScore = RuleDraft.clean("low").replace("A title", "Low title").replace("word1", "lowword")
                .replace("\"quality\":80", "\"quality\":40");
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("in.jsonl"), List.of(
                RuleDraft.clean("a").replace("word2", "aword"), RuleDraft.clean("b").replace("A title", "B title")
                        .replace("word3", "bword").replace("word5", "bbword"), blocked, lowScore))), TaskMonitor.NONE);
        clock.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private StoredDraft draft(String reference) {
        return desk.queries().find(reference).orElseThrow();
    }

    private ReviewActions actions() {
        return desk.actions();
    }

    private List<HistoryEntry> editorHistory(String reference) {
        return desk.queries().history(draft(reference).id()).stream().filter(h -> !h.action().equals("import")).toList();
    }

    @Test
    void approveRejectAndBackToPendingChangeTheStateAndTheHistory() {
        Outcome approved = actions().approve(new Target.References(List.of("a")), false, TaskMonitor.NONE);
        assertThat(approved.changed()).isEqualTo(1);
        assertThat(draft("a").status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(draft("a").review().decidedAt()).isEqualTo(clock.instant());

        actions().reject(new Target.References(List.of("a")), "off topic", TaskMonitor.NONE);
        assertThat(draft("a").status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(draft("a").review().statusReason()).isEqualTo("off topic");

        actions().reopen(new Target.References(List.of("a")), TaskMonitor.NONE);
        assertThat(draft("a").status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(draft("a").review().statusReason()).isNull();
        assertThat(draft("a").review().decidedAt()).isNull();

        assertThat(editorHistory("a")).extracting(h -> h.action() + " " + h.field() + ": " + h.oldValue() + " -> "
                + h.newValue()).containsExactly(
                "approve status: pending -> approved", "approve decided_at: null -> 2026-11-25T10:05:00Z",
                "reject status: approved -> rejected", "reject status_reason: null -> off topic",
                "pending status: rejected -> pending", "pending status_reason: off topic -> null",
                "pending decided_at: 2026-11-25T10:05:00Z -> null");
        assertThat(actions().approve(new Target.References(List.of("a", "nope")), false, TaskMonitor.NONE).notFound())
                .containsExactly("nope");
    }

    @Test
    void aBlockingFindingStopsApprovalUnlessForcedAndTheOverrideIsInTheHistory() {
        assertThat(draft("blocked").findings()).extracting(Finding::rule).contains("suspicious-text");
        Outcome refused = actions().approve(new Target.References(List.of("blocked")), false, TaskMonitor.NONE);
        assertThat(refused.changed()).isZero();
        assertThat(refused.refused()).singleElement().asString().contains("suspicious-text");
        assertThat(draft("blocked").status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(actions().undoable()).as("a refused action leaves no step to undo").isEmpty();

        actions().approve(new Target.References(List.of("blocked")), true, TaskMonitor.NONE);
        assertThat(draft("blocked").status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(editorHistory("blocked")).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("override");
            assertThat(h.newValue()).contains("suspicious-text");
        });
    }

    @Test
    void aBulkActionOnAFilterTouchesOnlyWhatMatchesAndIsOneUndoStep() {
        DraftFilter search = DraftFilter.ALL.withSearch("bword OR aword");
        ReviewActions.Preview preview = actions().preview(new Target.Matching(search));
        assertThat(preview.drafts()).isEqualTo(2);
        ReviewActions.Preview all = actions().preview(new Target.Matching(DraftFilter.ALL));
        assertThat(all.drafts()).isEqualTo(4);
        assertThat(all.flagged()).as("the blocked and the low-scored draft").isEqualTo(2);
        assertThat(all.blocked()).isEqualTo(1);
        Outcome outcome = actions().approve(new Target.Matching(search), false, TaskMonitor.NONE);
        assertThat(outcome.changed()).isEqualTo(2);
        assertThat(draft("a").status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(draft("b").status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(draft("low").status()).as("outside the filter").isEqualTo(ReviewStatus.PENDING);
        assertThat(draft("blocked").status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(actions().undoable()).hasValue("approve 2 drafts matching the filter");

        ReviewActions.Step undone = actions().undo().orElseThrow();
        assertThat(undone.drafts()).isEqualTo(2);
        assertThat(draft("a").status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(draft("a").review().decidedAt()).isNull();
        assertThat(draft("b").status()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void aCancelledBulkActionChangesNothing() {
        TaskMonitor cancelled = new CancelledMonitor();
        assertThatThrownBy(() -> actions().approve(new Target.Matching(DraftFilter.ALL), false, cancelled))
                .isInstanceOf(ReviewActions.ActionCancelledException.class);
        assertThat(desk.queries().count(DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.APPROVED)))).isZero();
        assertThat(actions().undoable()).isEmpty();
    }

    @Test
    void scoresOverrideTheImportedOnesReRunTheRulesAndGoBack() {
        assertThat(draft("low").findings()).extracting(Finding::rule).contains("low-score");
        actions().setScore(new Target.References(List.of("low")), ScoreName.QUALITY, 75, TaskMonitor.NONE);
        assertThat(draft("low").current().score().quality()).isEqualTo(75);
        assertThat(draft("low").imported().score().quality()).isEqualTo(40);
        assertThat(draft("low").findings()).extracting(Finding::rule).doesNotContain("low-score");

        actions().setScore(new Target.References(List.of("low")), ScoreName.QUALITY, null, TaskMonitor.NONE);
        assertThat(draft("low").review().editorScores().quality()).isNull();
        assertThat(draft("low").findings()).extracting(Finding::rule).contains("low-score");
        assertThatThrownBy(() -> actions().setScore(Target.of(1), ScoreName.DEPTH, 101, TaskMonitor.NONE))
                .hasMessageContaining("from 0 to 100");
    }

    @Test
    void checklistItemsAreTickedByNumberOrTextAndEditedAsAWhole() {
        actions().setChecked(new Target.References(List.of("a")), new ChecklistRef("2"), true, TaskMonitor.NONE);
        actions().setChecked(new Target.References(List.of("a")), new ChecklistRef("CHECK ONE"), true, TaskMonitor.NONE);
        assertThat(draft("a").review().checklist()).extracting(ChecklistItem::done).containsExactly(true, true);
        Outcome missing = actions().setChecked(new Target.References(List.of("a")), new ChecklistRef("7"), true,
                TaskMonitor.NONE);
        assertThat(missing.refused()).singleElement().asString().contains("no checklist item \"7\"");

        long id = draft("a").id();
        actions().editChecklist(id, List.of(new ChecklistItem("new first", false), new ChecklistItem("check two", true)));
        assertThat(draft("a").review().checklist()).extracting(ChecklistItem::text).containsExactly("new first", "check two");
        assertThat(draft("a").current().checklist()).containsExactly("new first", "check two");

        actions().setNote(id, "ask the author about the numbers");
        assertThat(draft("a").review().note()).isEqualTo("ask the author about the numbers");
    }

    @Test
    void undoRestoresExactlyThePreviousValuesAndRedoBringsThemBack() {
        long id = draft("a").id();
        actions().reject(Target.of(id), "thin", TaskMonitor.NONE);
        clock.advance(Duration.ofMinutes(1));
        actions().approve(Target.of(id), false, TaskMonitor.NONE);
        StoredDraft approved = draft("a");

        actions().undo();
        StoredDraft back = draft("a");
        assertThat(back.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(back.review().statusReason()).isEqualTo("thin");
        assertThat(back.review().decidedAt()).isEqualTo(at("2026-11-25T10:05:00Z"));

        actions().redo();
        assertThat(draft("a").review()).isEqualTo(approved.review());
        assertThat(actions().redoable()).isEmpty();

        actions().undo();
        actions().setNote(id, "a new action");
        assertThat(actions().redoable()).as("a new action drops what could be redone").isEmpty();
        assertThat(actions().undoable()).hasValue("edit the note of a");
    }

    @Test
    void undoSurvivesARestart() {
        actions().approve(new Target.Matching(DraftFilter.ALL.withSearch("aword OR bword")), false, TaskMonitor.NONE);
        desk.close();
        desk = Copydesk.open(dir.resolve("store.db"), clock);
        assertThat(actions().undoable()).hasValue("approve 2 drafts matching the filter");
        actions().undo();
        assertThat(draft("a").status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(draft("b").status()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void undoAndRedoLeaveADraftThatAnImportChangedSince() {
        actions().approve(new Target.References(List.of("a", "b")), false, TaskMonitor.NONE);
        clock.advance(Duration.ofMinutes(1));
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("changed.jsonl"), List.of(
                RuleDraft.clean("a").replace("word2", "aword").replace("A title", "A revised title")))), TaskMonitor.NONE);
        assertThat(draft("a").status()).as("changed content goes back to pending").isEqualTo(ReviewStatus.PENDING);

        ReviewActions.Step undone = actions().undo().orElseThrow();
        assertThat(undone.drafts()).isEqualTo(1);
        assertThat(undone.reimported()).isEqualTo(1);
        assertThat(draft("b").status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(editorHistory("a")).as("nothing undone on the re-imported draft")
                .noneMatch(h -> h.action().equals("undo"));

        ReviewActions.Step redone = actions().redo().orElseThrow();
        assertThat(redone.reimported()).isEqualTo(1);
        assertThat(draft("b").status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(draft("a").status()).as("redo never approves content the editor has not seen")
                .isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void anActionThatChangesNothingLeavesNoStep() {
        actions().approve(new Target.References(List.of("a")), false, TaskMonitor.NONE);
        actions().undo();
        assertThat(actions().redoable()).isPresent();
        Outcome again = actions().reopen(new Target.References(List.of("a")), TaskMonitor.NONE);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(actions().redoable()).as("nothing changed, so the redo stack stays").isPresent();
    }

    @Test
    void aDecisionWritesItsFieldsWithTheVersionInOneStatementThatAStaleVersionCannotRun() {
        ReviewRepository reviews = new ReviewRepository();
        long id = draft("a").id();
        long before = desk.store().reading(tx -> reviews.row(tx, id)).orElseThrow().version();
        actions().reject(new Target.References(List.of("a")), "off topic", TaskMonitor.NONE);
        ReviewRepository.ReviewRow rejected = desk.store().reading(tx -> reviews.row(tx, id)).orElseThrow();
        assertThat(rejected.version()).as("one step for the action, whatever it set").isEqualTo(before + 1);
        assertThat(rejected.reason()).isEqualTo("off topic");
        assertThat(rejected.decidedAt()).isEqualTo(clock.instant().toString());

        Map<String, String> approve = new LinkedHashMap<>();
        approve.put(ReviewFields.STATUS, "approved");
        approve.put(ReviewFields.REASON, null);
        approve.put(ReviewFields.score(ScoreName.QUALITY), "55");
        boolean stale = desk.store().transaction(tx -> reviews.write(tx, id, before, approve));
        assertThat(stale).as("read before the rejection: refused").isFalse();
        assertThat(draft("a").status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(draft("a").review().statusReason()).as("nothing of it written").isEqualTo("off topic");

        boolean current = desk.store().transaction(tx -> reviews.write(tx, id, rejected.version(), approve));
        assertThat(current).isTrue();
        assertThat(draft("a").status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(draft("a").review().statusReason()).isNull();
        assertThat(draft("a").review().editorScores().get(ScoreName.QUALITY)).isEqualTo(55);
        assertThat(desk.store().reading(tx -> reviews.row(tx, id)).orElseThrow().version()).isEqualTo(before + 2);
    }

    private static java.time.Instant at(String text) {
        return java.time.Instant.parse(text);
    }
}
