package com.copydesk.ui.main;

import com.copydesk.app.Copydesk;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.BackgroundWork;
import com.copydesk.ui.common.Job;
import com.copydesk.ui.views.ViewsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening the desk: the first page is asked for first, the slow counts only once it is in. */
class MainViewModelStartTest {
    @TempDir
    Path dir;
    private Copydesk desk;

    /** Holds the work it is given until the test runs it. */
    private static final class HeldBackground implements Background {
        final List<Runnable> quick = new ArrayList<>();
        final List<Runnable> aside = new ArrayList<>();

        @Override
        public <T> void run(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            quick.add(() -> Background.inline().run(work, onDone, onFailure));
        }

        @Override
        public <T> void runAside(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            aside.add(() -> Background.inline().run(work, onDone, onFailure));
        }

        @Override
        public <T> Job<T> start(String title, BackgroundWork<T> work, Consumer<T> onDone,
                                Consumer<Throwable> onFailure) {
            return Background.inline().start(title, work, onDone, onFailure);
        }
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theFirstPageIsAskedForBeforeTheWindowShowsAndTheCountsAfterItArrives() {
        desk = Copydesk.open(dir.resolve("desk.db"), MutableClock.at("2026-11-25T10:00:00Z"));
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("d.jsonl"),
                List.of(DraftFiles.draftJson("r1", "One", "Body one."), DraftFiles.draftJson("r2", "Two", "Body two.")))),
                TaskMonitor.NONE);
        HeldBackground background = new HeldBackground();
        MainViewModel model = new MainViewModel(desk, background);

        model.openQueue(); // as the window does before it builds its views
        assertThat(background.quick).as("the queue's count and first page").hasSize(1);
        assertThat(model.filters().current()).isEqualTo(ViewsViewModel.NEEDS_REVIEW);

        model.start();
        assertThat(background.aside).as("counts wait for the first page").isEmpty();
        background.quick.get(0).run();
        assertThat(model.queue().itemsProperty().get()).isNotNull();
        assertThat(background.aside).as("the views' counts and the status bar").hasSize(2);
        background.aside.forEach(Runnable::run);
        assertThat(model.countsProperty().get()).startsWith("2 drafts");
        assertThat(model.views().entries()).isNotEmpty();
    }
}
