package com.copydesk.ui.queue;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.QueueSort;
import com.copydesk.model.SortColumn;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.CountingBackground;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.TempDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's reloads: one store round trip to the rows shown; a new order is not counted again. */
class QueueViewModelTest {
    @RegisterExtension
    final TempDesk temp = new TempDesk(TempDesk.NOW, "queue.db");
    private final CountingBackground background = new CountingBackground();
    private QueueViewModel queue;

    @BeforeEach
    void open() {
        importDrafts(0, 250);
        queue = new QueueViewModel(temp.desk().queries(), background, e -> {
            throw new AssertionError(e);
        });
    }

    private void importDrafts(int from, int to) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            lines.add(DraftFiles.draftJson("r" + i, "Title " + i, "Body " + i));
        }
        temp.desk().imports().run(List.of(DraftFiles.lines(temp.dir().resolve("d" + from + ".jsonl"), lines)), TaskMonitor.NONE);
    }

    @Test
    void aReloadBringsThePageItShowsWithTheCount() {
        queue.reload(QueueViewModel.Follow.FIRST);
        assertThat(background.runs()).isEqualTo(1);
        PagedQueueList list = queue.itemsProperty().get();
        assertThat(list).hasSize(250);
        assertThat(list.rowAt(0)).isNotNull();
        assertThat(list.rowAt(99)).isNotNull();
        assertThat(background.runs()).as("no page asked for after the reload").isEqualTo(1);

        queue.focusedIndexProperty().set(180);
        queue.reload(QueueViewModel.Follow.KEEP);
        assertThat(queue.requestedIndexProperty().get()).isEqualTo(180);
        assertThat(queue.itemsProperty().get().rowAt(180)).isNotNull();
        assertThat(background.runs()).isEqualTo(2);
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
