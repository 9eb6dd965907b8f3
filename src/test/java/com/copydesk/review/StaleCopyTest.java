package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.model.ChecklistItem;
import com.copydesk.store.ReviewRepository;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An edit made on an older copy of a draft (a window that did not see another's change) never overwrites it. */
class StaleCopyTest {
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private Copydesk alice;
    private Copydesk bob;
    private long id;

    @BeforeEach
    void open() {
        alice = Copydesk.open(dir.resolve("store.db"), clock);
        alice.actAs("alice");
        alice.imports().run(List.of(DraftFiles.lines(dir.resolve("in.jsonl"),
                List.of(DraftFiles.draftJson("a", "A title", "A body.")))), TaskMonitor.NONE);
        id = alice.queries().find("a").orElseThrow().id();
        alice.actions().editChecklist(id, List.of(new ChecklistItem("sources", false), new ChecklistItem("links", false)));
        bob = Copydesk.open(dir.resolve("store.db"), clock);
        bob.actAs("bob");
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    private List<ChecklistItem> checklist() {
        return alice.queries().find("a").orElseThrow().review().checklist();
    }

    @Test
    void aChecklistEditOnAnOlderCopyIsMergedIntoTheNewerOne() {
        List<ChecklistItem> seen = checklist();
        bob.actions().editChecklist(id, seen, List.of(new ChecklistItem("sources", true), new ChecklistItem("links", false)));
        var outcome = alice.actions().editChecklist(id, seen, List.of(new ChecklistItem("sources", false),
                new ChecklistItem("links", false), new ChecklistItem("images", false)));
        assertThat(outcome.refused()).isEmpty();
        assertThat(checklist()).as("bob's tick kept, alice's item added").containsExactly(
                new ChecklistItem("sources", true), new ChecklistItem("links", false), new ChecklistItem("images", false));
    }

    @Test
    void aChecklistEditThatCannotBeMergedIsRefusedWithAMessage() {
        List<ChecklistItem> seen = checklist();
        bob.actions().editChecklist(id, seen, List.of(new ChecklistItem("sources", true), new ChecklistItem("links", false)));
        var outcome = alice.actions().editChecklist(id, seen, List.of(new ChecklistItem("links", false),
                new ChecklistItem("sources", false)));
        assertThat(outcome.refused()).singleElement().asString().contains("changed meanwhile");
        assertThat(checklist()).containsExactly(new ChecklistItem("sources", true), new ChecklistItem("links", false));
    }

    @Test
    void everyChangeMovesTheVersionOnAndAWriteFromAnOlderVersionIsNotTaken() {
        ReviewRepository reviews = new ReviewRepository();
        long before = alice.store().read(c -> reviews.row(c, id).orElseThrow().version());
        alice.actions().approve(ReviewActions.Target.of(id), false, TaskMonitor.NONE);
        long after = alice.store().read(c -> reviews.row(c, id).orElseThrow().version());
        assertThat(after).isEqualTo(before + 1);
        boolean taken = alice.store().write(c -> reviews.nextVersion(c, id, before));
        assertThat(taken).as("UPDATE ... WHERE version = the older one changes nothing").isFalse();
        alice.actions().undo();
        long undone = alice.store().read(c -> reviews.row(c, id).orElseThrow().version());
        assertThat(undone).isEqualTo(after + 1);
    }

    @Test
    void aNoteEditOnAnOlderCopyIsRefusedRatherThanOverwriting() {
        bob.actions().setNote(id, null, "bob's note");
        var outcome = alice.actions().setNote(id, null, "alice's note");
        assertThat(outcome.refused()).singleElement().asString().contains("changed meanwhile");
        assertThat(alice.queries().find("a").orElseThrow().review().note()).isEqualTo("bob's note");
        assertThat(alice.actions().setNote(id, "bob's note", "both").changed()).isEqualTo(1);
    }
}
