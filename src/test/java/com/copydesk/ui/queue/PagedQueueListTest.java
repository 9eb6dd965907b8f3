package com.copydesk.ui.queue;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.QueueSort;
import com.copydesk.review.QueuePages;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.CountingBackground;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.Background;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's lazy list reads only the pages that are looked at. */
@ExtendWith(ApplicationExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagedQueueListTest {
    @TempDir
    static Path dir;
    private Copydesk desk;

    @BeforeAll
    void storeWithDrafts() {
        desk = Copydesk.open(dir.resolve("queue.db"), MutableClock.at("2026-11-25T10:00:00Z"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            lines.add(DraftFiles.draftJson("r" + i, "Title " + i, "Body " + i));
        }
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("d.jsonl"), lines)), TaskMonitor.NONE);
    }

    @AfterAll
    void close() {
        desk.close();
    }

    private PagedQueueList list(Background background) {
        return new PagedQueueList(QueuePages.open(desk.queries(), DraftFilter.ALL, QueueSort.NEWEST_FIRST),
                background, e -> {
                    throw new AssertionError(e);
                });
    }

    @Test
    void aSlotIsFoundWithoutReadingAnyPage() {
        CountingBackground background = new CountingBackground();
        PagedQueueList before = list(background);
        PagedQueueList after = list(background);
        QueueSlot slot = before.get(250);
        int reads = background.runs();

        assertThat(before.indexOf(slot)).isEqualTo(250);
        assertThat(before.contains(slot)).isTrue();
        assertThat(after.indexOf(slot)).isEqualTo(-1);
        assertThat(after.lastIndexOf(slot)).isEqualTo(-1);
        assertThat(after.contains(slot)).isFalse();
        assertThat(after.indexOf("not a slot")).isEqualTo(-1);
        assertThat(background.runs()).as("pages read to find a slot").isEqualTo(reads);
    }

    /**
     * A new list in the table (each filter change, each reload after a decision) makes the table
     * look for the row selected before; that must not read the new list's pages one by one.
     */
    @Test
    void replacingTheTablesListDoesNotReadItsPages() throws Exception {
        CountingBackground background = new CountingBackground();
        PagedQueueList first = list(background);
        PagedQueueList second = list(background);
        int reads = WaitForAsyncUtils.asyncFx(() -> {
            TableView<QueueSlot> table = new TableView<>(first);
            table.getSelectionModel().clearAndSelect(500);
            table.getFocusModel().focus(500);
            int before = background.runs();
            table.setItems(second);
            return background.runs() - before;
        }).get(10, TimeUnit.SECONDS);
        // at most the page of the row the table then focuses; walking the list would read all ten
        assertThat(reads).as("pages read when the list was replaced").isLessThanOrEqualTo(1);
    }
}
