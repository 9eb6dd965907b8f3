package com.copydesk.ui.export;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.Decisions;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.BackgroundWork;
import com.copydesk.ui.common.FxBackground;
import com.copydesk.ui.common.Job;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

/** The export dialog, on a store with two approved drafts of three, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    static Path dir;
    private Copydesk desk;
    private FxBackground background;
    private Stage owner;
    private Path out;
    private final List<Path> opened = new ArrayList<>();
    private final FolderOpener opener = new FolderOpener() {
        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void open(Path folder) {
            opened.add(folder);
        }
    };

    @Start
    void start(Stage stage) throws Exception {
        Path store = Files.createTempDirectory(dir, "store").resolve("desk.db");
        out = store.resolveSibling("out");
        MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
        desk = Copydesk.open(store, clock);
        desk.imports().run(List.of(DraftFiles.lines(store.resolveSibling("in.jsonl"), List.of(
                draftJson("r1", "Caching for python services", "Body one."),
                draftJson("r2", "Indexing for java services", "Body two."),
                draftJson("r3", "Queues for go services", "Body three.")))), TaskMonitor.NONE);
        Decisions.approve(desk, clock.instant(), "r1", "r3");
        background = new FxBackground();
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("the desk")), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        background.close();
        desk.close();
    }

    private ExportDialog open(FxRobot robot, Background with, List<String> selection) {
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = ExportDialog.show(owner,
                new ExportDialogViewModel(desk, with, opener, DraftFilter.ALL, selection)));
        return dialog[0];
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> markdownFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).toList();
        }
    }

    @Test
    void exportsTheApprovedDraftsAsMarkdownThenShowsWhatItDidAndOpensTheFolder(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, background, List.of());
        Path folder = out.resolve("posts");
        waitFor(() -> "2 drafts".equals(robot.lookup("#scopeCount").queryLabeled().getText()));
        robot.clickOn("#markdown");
        // typed, as an editor would; the long temporary folder is set first, to keep the test quick
        robot.interact(() -> dialog.model().destinationProperty().set(out.toString()));
        robot.clickOn("#destination").type(KeyCode.END).write("/posts");
        robot.clickOn("#exportButton");

        waitFor(() -> robot.lookup("#exportSummary").queryLabeled().getText().startsWith("Exported"));
        assertThat(robot.lookup("#exportSummary").queryLabeled().getText())
                .isEqualTo("Exported 2 drafts to " + folder + ".\n2 new, 0 changed, 0 unchanged, 0 removed; 2 files written.");
        assertThat(markdownFiles(folder)).hasSize(2).anyMatch(n -> n.startsWith("queues-for-go-services-"));

        Button openFolder = robot.lookup("#openFolder").queryButton();
        assertThat(openFolder.isDisabled()).isFalse();
        robot.clickOn(openFolder);
        waitFor(() -> !opened.isEmpty());
        assertThat(opened).containsExactly(folder);

        robot.clickOn("#exportButton");
        waitFor(() -> robot.lookup("#exportSummary").queryLabeled().getText().contains("0 files written"));
        assertThat(robot.lookup("#exportSummary").queryLabeled().getText()).contains("2 unchanged");
    }

    @Test
    void offersTheSelectionAndExportsOnlyIt(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, background, List.of("r2"));
        assertThat(dialog.model().scopes()).contains(ExportDialogViewModel.Scope.SELECTION);
        robot.clickOn("#csv");
        robot.clickOn("#scope").clickOn("The selected drafts");
        waitFor(() -> "1 draft".equals(robot.lookup("#scopeCount").queryLabeled().getText()));
        Path report = out.resolve("selection.csv");
        robot.interact(() -> dialog.model().destinationProperty().set(report.toString()));
        robot.clickOn("#exportButton");
        waitFor(() -> dialog.model().summaryProperty().get() != null);
        assertThat(Files.readAllLines(report)).hasSize(2).last().asString().startsWith("r2,");
    }

    @Test
    void aFailureIsShownInTheDialog(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, background, List.of());
        Path file = Files.writeString(Files.createDirectories(out).resolve("not-a-folder.md"), "mine");
        robot.clickOn("#markdown");
        robot.interact(() -> dialog.model().destinationProperty().set(file.toString()));
        robot.clickOn("#exportButton");
        waitFor(() -> robot.lookup("#exportError").queryLabeled().isVisible());
        assertThat(robot.lookup("#exportError").queryLabeled().getText()).contains("is a file");
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThat(robot.lookup("#openFolder").queryButton().isDisabled()).isTrue();
    }

    @Test
    void cancelStopsTheExportAndLeavesTheDestinationAsItWas(FxRobot robot) throws Exception {
        HeldBackground held = new HeldBackground(background);
        ExportDialog dialog = open(robot, held, List.of());
        Path folder = out.resolve("cancelled");
        robot.clickOn("#markdown");
        robot.interact(() -> dialog.model().destinationProperty().set(folder.toString()));
        robot.clickOn("#exportButton");
        waitFor(() -> "Cancel".equals(robot.lookup("#closeButton").queryButton().getText()));
        assertThat(robot.lookup("#exportProgress").query().isVisible()).isTrue();
        assertThat(robot.lookup("#exportButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#closeButton");
        held.release.countDown();
        waitFor(() -> dialog.model().summaryProperty().get() != null);
        assertThat(dialog.model().summaryProperty().get().cancelled()).isTrue();
        assertThat(robot.lookup("#exportSummary").queryLabeled().getText()).startsWith("Cancelled.");
        assertThat(markdownFiles(folder)).isEmpty();
        assertThat(dialog.stage().isShowing()).as("cancel stops the export, not the dialog").isTrue();
        assertThat(robot.lookup("#closeButton").queryButton().getText()).isEqualTo("Close");
    }

    @Test
    void theMainWindowOpensItOverItselfAndCloseClosesIt(FxRobot robot) throws Exception {
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = ExportDialog.show(owner, desk, background, null, List.of()));
        Stage stage = dialog[0].stage();
        assertThat(stage.getOwner()).isSameAs(owner);
        assertThat(stage.getModality()).isEqualTo(Modality.WINDOW_MODAL);
        assertThat(stage.getTitle()).isEqualTo("Export drafts");
        assertThat(dialog[0].model().scopes()).hasSize(2);
        robot.clickOn("#closeButton");
        waitFor(() -> !stage.isShowing());
    }

    /** Holds every long job at its start until released, so that a test can act while one runs. */
    private static final class HeldBackground implements Background {
        private final Background inner;
        private final CountDownLatch release = new CountDownLatch(1);

        HeldBackground(Background inner) {
            this.inner = inner;
        }

        @Override
        public <T> void run(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            inner.run(work, onDone, onFailure);
        }

        @Override
        public <T> Job<T> start(String title, BackgroundWork<T> work, Consumer<T> onDone,
                                Consumer<Throwable> onFailure) {
            return inner.start(title, monitor -> {
                release.await();
                return work.run(monitor);
            }, onDone, onFailure);
        }
    }
}
