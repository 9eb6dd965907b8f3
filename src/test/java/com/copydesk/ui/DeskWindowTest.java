package com.copydesk.ui;

import com.copydesk.app.Copydesk;
import com.copydesk.support.SeededDesk;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.BackgroundWork;
import com.copydesk.ui.common.FxBackground;
import com.copydesk.ui.common.Job;
import com.copydesk.ui.queue.QueueSlot;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

/** The real window, on a store with drafts, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class DeskWindowTest {
    @TempDir
    static Path dir;
    private Copydesk desk;
    private FxBackground background;
    /** The titles of the long jobs the window started, in order. */
    private final List<String> jobsStarted = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        desk = SeededDesk.open(dir, List.of(
                draftJson("r1", "Caching for python services", "Body one."),
                draftJson("r2", "Indexing for java services", "Body two."),
                draftJson("r3", "Queues for go services", "Body three.")));
        background = new FxBackground();
        Background recording = new Background() {
            @Override
            public <T> void run(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
                background.run(work, onDone, onFailure);
            }

            @Override
            public <T> void runAside(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
                background.runAside(work, onDone, onFailure);
            }

            @Override
            public <T> Job<T> start(String title, BackgroundWork<T> work, Consumer<T> onDone,
                                    Consumer<Throwable> onFailure) {
                jobsStarted.add(title);
                return background.start(title, work, onDone, onFailure);
            }
        };
        new DeskWindow(desk, recording, new com.copydesk.ui.common.WindowSettings(null)).show(stage, false);
    }

    @AfterEach
    void close() {
        background.close();
        desk.close();
    }

    @Test
    void showsTheStoresDraftsInTheTableNewestFirst(FxRobot robot) throws Exception {
        TableView<QueueSlot> table = robot.lookup("#queueTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems() != null
                && table.getItems().size() == 3 && table.getItems().get(2).row() != null);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shownTitles = robot.lookup(".table-row-cell .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && t.contains("services")).toList();
        assertThat(shownTitles).containsExactly("Queues for go services", "Indexing for java services",
                "Caching for python services");
        // the status bar's counts come after the first page (on a big store they take a while)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#countsLabel").queryLabeled().getText().startsWith("3 drafts"));
    }

    @Test
    void selectingARowShowsTheDraft(FxRobot robot) throws Exception {
        TableView<QueueSlot> table = robot.lookup("#queueTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems() != null
                && table.getItems().size() == 3 && table.getItems().get(0).row() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("Indexing for java services").tryQuery().isPresent());
        robot.clickOn("Indexing for java services");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Indexing for java services".equals(robot.lookup("#draftTitle").queryLabeled().getText()));
        assertThat(shownText(robot.lookup("#draftBody").query())).contains("Body two.");
    }

    @Test
    void theOverviewIsReadWhenItsTabIsChosenNotBefore(FxRobot robot) throws Exception {
        // the window is up and its counts are in: everything the start reads has been asked for
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#countsLabel").queryLabeled().getText().startsWith("3 drafts"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(jobsStarted).noneMatch(title -> title.contains("overview"));

        robot.clickOn(robot.lookup(".tab-label").queryAllAs(Labeled.class).stream()
                .filter(label -> "Overview".equals(label.getText())).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "3".equals(robot.lookup("#statusTotal").queryLabeled().getText()));
        assertThat(jobsStarted).containsOnlyOnce("Reading the overview");
    }

    /** All text shown under a node, however it is rendered (labels, text runs). */
    static String shownText(javafx.scene.Node node) {
        StringBuilder text = new StringBuilder();
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
            text.append(labeled.getText()).append('\n');
        } else if (node instanceof javafx.scene.text.Text run) {
            text.append(run.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                text.append(shownText(child));
            }
        }
        return text.toString();
    }
}
