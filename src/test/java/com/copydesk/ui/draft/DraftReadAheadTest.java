package com.copydesk.ui.draft;

import com.copydesk.app.Copydesk;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.BackgroundWork;
import com.copydesk.ui.common.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft read ahead shows at once, without waiting for the store thread; one saved since it was
 * read is read again before it shows; the store is still read behind it and wins if it differs.
 */
class DraftReadAheadTest {
    @TempDir
    Path dir;
    private Copydesk desk;
    private DraftViewModel model;
    /** The store thread, held: the test says when the work waiting runs. */
    private final Queue<Runnable> waiting = new ArrayDeque<>();

    @BeforeEach
    void open() {
        desk = Copydesk.open(dir.resolve("s.db"), MutableClock.at("2026-11-25T10:00:00Z"));
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("in.jsonl"), List.of(
                DraftFiles.draftJson("r1", "One", "first body"), DraftFiles.draftJson("r2", "Two", "second body")))),
                TaskMonitor.NONE);
        Background held = new Background() {
            @Override
            public <T> void run(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
                waiting.add(() -> {
                    try {
                        onDone.accept(work.run(TaskMonitor.NONE));
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }

            @Override
            public <T> Job<T> start(String title, BackgroundWork<T> work, Consumer<T> onDone,
                                    Consumer<Throwable> onFailure) {
                throw new UnsupportedOperationException();
            }
        };
        model = new DraftViewModel(desk, held, e -> {
            throw new AssertionError(e);
        });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void runWaiting() {
        while (!waiting.isEmpty()) {
            waiting.poll().run();
        }
    }

    private long id(String reference) {
        return desk.queries().find(reference).orElseThrow().id();
    }

    @Test
    void aDraftReadAheadShowsAtOnce() {
        model.show(id("r1"));
        runWaiting();
        model.prefetch(id("r2"));
        runWaiting();

        model.show(id("r2"));
        assertThat(model.draftProperty().get().reference()).as("before the store thread runs").isEqualTo("r2");
        assertThat(waiting).as("still read behind it").hasSize(1);
    }

    @Test
    void withoutReadingAheadTheDraftWaitsForTheStore() {
        model.show(id("r1"));
        runWaiting();
        model.show(id("r2"));
        assertThat(model.draftProperty().get().reference()).isEqualTo("r1");
        runWaiting();
        assertThat(model.draftProperty().get().reference()).isEqualTo("r2");
    }

    @Test
    void aDraftSavedAfterItWasReadAheadIsReadAgain() {
        model.show(id("r2"));
        runWaiting();
        model.prefetch(id("r1")); // read ahead while the note below is about to change r2... and r1 is left alone
        runWaiting();
        model.show(id("r1"));
        runWaiting();
        model.prefetch(id("r2"));
        runWaiting();
        model.setNote(model.draftProperty().get(), "edited"); // a save on r1, not on r2: r2 read ahead stays
        runWaiting();
        model.show(id("r2"));
        assertThat(model.draftProperty().get().reference()).isEqualTo("r2");

        model.prefetch(id("r1"));
        runWaiting();
        desk.actions().setNote(id("r1"), "changed elsewhere"); // the command line, say
        model.show(id("r1"));
        assertThat(model.draftProperty().get().review().note()).as("the copy read ahead shows first").isEqualTo("edited");
        runWaiting();
        assertThat(model.draftProperty().get().review().note()).as("then the store's").isEqualTo("changed elsewhere");
    }

    @Test
    void aReadAheadAskedBeforeASaveOfThatDraftIsNotKept() {
        model.show(id("r1"));
        runWaiting();
        model.prefetch(id("r2"));
        model.setNote(desk.queries().find("r2").orElseThrow(), "note on r2"); // saved after the read was asked for
        runWaiting();
        model.show(id("r2"));
        assertThat(model.draftProperty().get().reference()).as("not shown from the stale copy").isEqualTo("r1");
        runWaiting();
        assertThat(model.draftProperty().get().review().note()).isEqualTo("note on r2");
    }
}
