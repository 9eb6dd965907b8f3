package com.copydesk.ui;

import com.copydesk.app.Copydesk;
import com.copydesk.model.CopySummary;
import com.copydesk.review.DraftDocument;
import com.copydesk.review.DraftQueries;
import com.copydesk.review.ExportDrafts;
import com.copydesk.review.ImportDrafts;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.ReviewRules;
import com.copydesk.review.SavedViews;
import com.copydesk.review.TaskMonitor;
import com.copydesk.review.Workspace;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.BackgroundWork;
import com.copydesk.ui.common.FxBackground;
import com.copydesk.ui.common.Job;
import com.copydesk.ui.common.WindowSettings;
import com.copydesk.ui.draft.MetaBoxView;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * J through the real window (issue 18: the next draft within 50 ms): the draft below is read ahead,
 * so J shows it while the store thread is held and without the FX thread reading the store; the
 * meta box, the last section, is built a frame after the body is laid out, and not at all while
 * it is closed.
 */
@ExtendWith(ApplicationExtension.class)
class DeskNextDraftTest {
    @TempDir
    static Path dir;
    private Copydesk desk;
    private FxBackground fx;
    private HeldBackground background;
    private CountingWorkspace workspace;
    private DeskWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path store = Files.createTempDirectory(dir, "store").resolve("desk.db");
        desk = Copydesk.open(store, MutableClock.at("2026-11-25T10:00:00Z"));
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            lines.add(DraftFiles.draftJson("r" + i, "Draft number " + i, "The body of draft " + i + "."));
        }
        desk.imports().run(List.of(DraftFiles.lines(store.resolveSibling("in.jsonl"), lines)), TaskMonitor.NONE);
        fx = new FxBackground();
        background = new HeldBackground(fx);
        workspace = new CountingWorkspace(desk);
        window = new DeskWindow(workspace, background, new WindowSettings(null));
        window.show(stage, false);
    }

    @AfterEach
    void close() {
        background.release();
        fx.close();
        desk.close();
    }

    private String shown() {
        var draft = window.model().draft().draftProperty().get();
        return draft == null ? null : draft.reference();
    }

    /** The first draft shown, its read-ahead done: nothing waits on the store thread. */
    private String firstShownAndReadAhead() throws Exception {
        waitFor(() -> shown() != null);
        waitFor(() -> background.running.get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> background.running.get() == 0);
        return shown();
    }

    private static MetaBoxView metaBox(FxRobot robot) {
        return robot.lookup(".meta-box").queryAs(MetaBoxView.class);
    }

    @Test
    void jShowsTheDraftReadAheadWithoutTheStore(FxRobot robot) throws Exception {
        String first = firstShownAndReadAhead();
        background.hold();
        workspace.fxThreadReads.set(0);
        robot.type(KeyCode.J);

        waitFor(() -> !first.equals(shown()));
        assertThat(background.held).as("the store thread is held: the draft came from the read-ahead").isNotEmpty();
        assertThat(workspace.fxThreadReads.get()).as("store reads on the FX thread after J").isZero();
        assertThat(robot.lookup("Draft number 5").tryQuery()).as("the title on screen, the queue newest first")
                .isPresent();
        com.copydesk.ui.draft.MarkdownView body = robot.lookup(".markdown-view")
                .queryAs(com.copydesk.ui.draft.MarkdownView.class);
        assertThat(body.plainText()).contains("The body of draft 5.");
        assertThat(body.shownReadyMade()).as("the body's nodes were built off the FX thread with the read-ahead").isTrue();
        background.release();
    }

    @Test
    void theMetaBoxIsBuiltAFrameAfterTheBody(FxRobot robot) throws Exception {
        String first = firstShownAndReadAhead();
        waitFor(() -> metaBox(robot).plainText().contains("testing"));
        Scene scene = robot.window(0).getScene();
        AtomicReference<String> atBodyLayout = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> window.model().draft().draftProperty().addListener((o, was, draft) -> {
            if (draft != null && atBodyLayout.get() == null && !draft.reference().equals(first)) {
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    atBodyLayout.set(metaBox(robot).plainText());
                };
                scene.addPostLayoutPulseListener(once[0]);
            }
        })).get(5, TimeUnit.SECONDS);

        robot.type(KeyCode.J);
        waitFor(() -> atBodyLayout.get() != null);
        assertThat(atBodyLayout.get()).as("the meta box as the new draft's body was laid out").isBlank();
        waitFor(() -> metaBox(robot).plainText().contains("summary of Draft number 5"));
    }

    @Test
    void aClosedMetaBoxIsBuiltWhenOpened(FxRobot robot) throws Exception {
        String first = firstShownAndReadAhead();
        TitledPane section = robot.lookup("#metaSection").queryAs(TitledPane.class);
        WaitForAsyncUtils.asyncFx(() -> section.setExpanded(false)).get(5, TimeUnit.SECONDS);
        robot.type(KeyCode.J);
        waitFor(() -> !first.equals(shown()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(metaBox(robot).plainText()).as("closed: no rows built").isBlank();

        WaitForAsyncUtils.asyncFx(() -> section.setExpanded(true)).get(5, TimeUnit.SECONDS);
        waitFor(() -> metaBox(robot).plainText().contains("summary of " + window.model().draft().draftProperty().get()
                .current().title()));
    }

    /** The desk's background, with a switch that holds the store thread's work until released. */
    private static final class HeldBackground implements Background {
        private final Background inner;
        private final List<Runnable> held = new ArrayList<>();
        private final AtomicInteger running = new AtomicInteger();
        private boolean holding;

        HeldBackground(Background inner) {
            this.inner = inner;
        }

        void hold() throws Exception {
            WaitForAsyncUtils.asyncFx(() -> holding = true).get(5, TimeUnit.SECONDS);
        }

        void release() {
            Platform.runLater(() -> {
                holding = false;
                held.forEach(Runnable::run);
                held.clear();
            });
        }

        @Override
        public <T> void run(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            running.incrementAndGet();
            Runnable submit = () -> inner.run(work, done -> {
                running.decrementAndGet();
                onDone.accept(done);
            }, failure -> {
                running.decrementAndGet();
                onFailure.accept(failure);
            });
            if (holding) {
                held.add(submit);
            } else {
                submit.run();
            }
        }

        @Override
        public <T> void runAside(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            inner.runAside(work, onDone, onFailure);
        }

        @Override
        public <T> Job<T> start(String title, BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            return inner.start(title, work, onDone, onFailure);
        }
    }

    /** The store, counting the reads asked for on the FX thread (every read goes through {@link #queries()}). */
    private static final class CountingWorkspace implements Workspace {
        private final Workspace inner;
        private final AtomicInteger fxThreadReads = new AtomicInteger();

        CountingWorkspace(Workspace inner) {
            this.inner = inner;
        }

        @Override
        public Path storePath() {
            return inner.storePath();
        }

        @Override
        public ImportDrafts imports() {
            return inner.imports();
        }

        @Override
        public DraftQueries queries() {
            if (Platform.isFxApplicationThread()) {
                fxThreadReads.incrementAndGet();
            }
            return inner.queries();
        }

        @Override
        public DraftDocument documents() {
            return inner.documents();
        }

        @Override
        public ReviewRules rules() {
            return inner.rules();
        }

        @Override
        public boolean flagsFollowRuleFile() {
            return inner.flagsFollowRuleFile();
        }

        @Override
        public void recordFlagsFollowRuleFile() {
            inner.recordFlagsFollowRuleFile();
        }

        @Override
        public ReviewActions actions() {
            return inner.actions();
        }

        @Override
        public String editor() {
            return inner.editor();
        }

        @Override
        public void actAs(String editor) {
            inner.actAs(editor);
        }

        @Override
        public int schemaVersion() {
            return inner.schemaVersion();
        }

        @Override
        public SavedViews savedViews() {
            return inner.savedViews();
        }

        @Override
        public ExportDrafts exports() {
            return inner.exports();
        }

        @Override
        public CopySummary copyStoreTo(Path target, TaskMonitor monitor) {
            return inner.copyStoreTo(target, monitor);
        }

        @Override
        public boolean withStoreClosed(Runnable action) {
            return inner.withStoreClosed(action);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
