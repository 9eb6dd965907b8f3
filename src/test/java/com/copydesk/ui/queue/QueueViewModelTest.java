package com.copydesk.ui.queue;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.QueueSort;
import com.copydesk.model.SortColumn;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's reloads: one store round trip to the rows shown; a new order is not counted again. */
class QueueViewModelTest {
    @TempDir
    Path dir;
    private Copydesk desk;
    private final CountingBackground background = new CountingBackground();
    private QueueViewModel queue;

    private static final class CountingBackground implements Background {
        int runs;

        @Override
        public <T> void run(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            runs++;
            Background.inline().run(work, onDone, onFailure);
        }

        @Override
        public <T> Job<T> start(String title, BackgroundWork<T> work, Consumer<T> onDone,
                                Consumer<Throwable> onFailure) {
            return Background.inline().start(title, work, onDone, onFailure);
        }
    }

    @BeforeEach
    void open() {
        desk = Copydesk.open(dir.resolve("queue.db"), MutableClock.at("2026-11-25T10:00:00Z"));
        importDrafts(0, 250);
        queue = new QueueViewModel(desk.queries(), background, e -> {
            throw new AssertionError(e);
        });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void importDrafts(int from, int to) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            lines.add(DraftFiles.draftJson("r" + i, "Title " + i, "Body " + i));
        }
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("d" + from + ".jsonl"), lines)), TaskMonitor.NONE);
    }

    @Test
    void aReloadBringsThePageItShowsWithTheCount() {
        queue.reload(QueueViewModel.Follow.FIRST);
        assertThat(background.runs).isEqualTo(1);
        PagedQueueList list = queue.itemsProperty().get();
        assertThat(list).hasSize(250);
        assertThat(list.rowAt(0)).isNotNull();
        assertThat(list.rowAt(99)).isNotNull();
        assertThat(background.runs).as("no page asked for after the reload").isEqualTo(1);

        queue.focusedIndexProperty().set(180);
        queue.reload(QueueViewModel.Follow.KEEP);
        assertThat(queue.requestedIndexProperty().get()).isEqualTo(180);
        assertThat(queue.itemsProperty().get().rowAt(180)).isNotNull();
        assertThat(background.runs).isEqualTo(2);
    }

    @Test
    void anotherOrderKeepsTheCountUntilTheDraftsChange() {
        queue.reload(QueueViewModel.Follow.FIRST);
        importDrafts(250, 260); // behind the queue's back: nothing told it

        queue.sortProperty().set(new QueueSort(SortColumn.TITLE, true));
        assertThat(queue.matchesProperty().get()).as("the same drafts, not counted again").isEqualTo(250);
        assertThat(queue.itemsProperty().get().rowAt(0).title()).isEqualTo("Title 0");

        queue.reload(QueueViewModel.Follow.KEEP); // as after an import
        assertThat(queue.matchesProperty().get()).isEqualTo(260);
        queue.sortProperty().set(QueueSort.NEWEST_FIRST);
        assertThat(queue.matchesProperty().get()).isEqualTo(260);

        queue.filterProperty().set(DraftFilter.ALL.withSearch("title"));
        assertThat(queue.matchesProperty().get()).isEqualTo(260);
    }
}
