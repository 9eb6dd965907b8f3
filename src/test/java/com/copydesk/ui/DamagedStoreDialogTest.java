package com.copydesk.ui;

import com.copydesk.app.Copydesk;
import com.copydesk.review.TaskMonitor;
import com.copydesk.store.Backups;
import com.copydesk.store.DamagedStoreException;
import com.copydesk.support.DraftCorpus;
import com.copydesk.support.MutableClock;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store with 8 KB overwritten in the middle, opened by the window: the command line's message
 * in a dialog, "Open backup…" naming the newest sound backup and opening a copy of it, "Recover…"
 * salvaging the store into a new file and opening that; the damaged file is never written.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedStoreDialogTest {
    private static final int DRAFTS = 600;

    @TempDir
    Path dir;
    private Stage owner;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final List<String> quit = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("Opening \u2026")), 400, 200));
        stage.show();
    }

    /** A store of DRAFTS drafts, a sound backup of it under a backup's name, then 8 KB of it overwritten. */
    private Path damagedStoreWithABackup() throws Exception {
        Path store = dir.resolve("desk.db");
        try (Copydesk desk = Copydesk.open(store, clock)) {
            desk.imports().run(List.of(DraftCorpus.jsonLines(dir.resolve("in.jsonl"), DRAFTS, 7)), TaskMonitor.NONE);
        }
        Files.copy(store, dir.resolve("desk.db.v6-20261124-090000.bak"));
        long size = Files.size(store);
        try (RandomAccessFile file = new RandomAccessFile(store.toFile(), "rw")) {
            file.seek(size / 2 / 4096 * 4096);
            file.write(new byte[8192]);
        }
        return store;
    }

    private DamagedStoreDialog show(FxRobot robot, Path store) {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> Copydesk.open(store, clock).close());
        assertThat(failure).isInstanceOf(DamagedStoreException.class);
        Optional<Path> backup = Backups.newestSound(store);
        DamagedStoreDialog[] dialog = new DamagedStoreDialog[1];
        robot.interact(() -> {
            dialog[0] = new DamagedStoreDialog(owner, store, failure.getMessage(), backup, clock, opened::add,
                    () -> quit.add("quit"));
            dialog[0].show();
        });
        assertThat(robot.lookup("#damaged-store-message").queryAs(Label.class).getText())
                .as("the command line's message").isEqualTo(failure.getMessage()).contains("is damaged")
                .contains("desk.db.v6-20261124-090000.bak");
        return dialog[0];
    }

    @Test
    void recoverSalvagesTheStoreIntoANewFileOffTheFxThreadAndOpensIt(FxRobot robot) throws Exception {
        Path store = damagedStoreWithABackup();
        byte[] before = Files.readAllBytes(store);
        show(robot, store);

        robot.clickOn("#recover");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !opened.isEmpty());

        Path recovered = opened.get(0);
        assertThat(recovered.getFileName().toString()).isEqualTo("desk-recovered-20261125-100000.db");
        try (Copydesk desk = Copydesk.open(recovered, clock)) {
            assertThat(desk.queries().stats().total()).as("most drafts could be read").isGreaterThan(DRAFTS / 2);
        }
        assertThat(Files.readAllBytes(store)).as("the damaged store is only read").isEqualTo(before);
        assertThat(quit).isEmpty();
    }

    @Test
    void openBackupNamesTheNewestSoundBackupAndOpensACopyOfIt(FxRobot robot) throws Exception {
        Path store = damagedStoreWithABackup();
        Path backup = dir.resolve("desk.db.v6-20261124-090000.bak");
        byte[] backupBytes = Files.readAllBytes(backup);
        show(robot, store);
        assertThat(robot.lookup("#open-backup").queryButton().getText())
                .isEqualTo("Open backup desk.db.v6-20261124-090000.bak\u2026");

        robot.clickOn("#open-backup");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !opened.isEmpty());

        Path copy = opened.get(0);
        assertThat(copy).isEqualTo(dir.resolve("desk-restored-20261125-100000.db"));
        assertThat(Files.readAllBytes(copy)).isEqualTo(backupBytes);
        assertThat(Files.readAllBytes(backup)).as("the backup stays as it was").isEqualTo(backupBytes);
    }

    @Test
    void withoutASoundBackupOpenBackupIsOffAndCloseQuits(FxRobot robot) throws Exception {
        Path store = damagedStoreWithABackup();
        Files.delete(dir.resolve("desk.db.v6-20261124-090000.bak"));
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> Copydesk.open(store, clock).close());
        robot.interact(() -> new DamagedStoreDialog(owner, store, failure.getMessage(), Optional.empty(), clock,
                opened::add, () -> quit.add("quit")).show());
        assertThat(robot.lookup("#open-backup").queryButton().isDisabled()).isTrue();
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quit).containsExactly("quit");
        assertThat(opened).isEmpty();
        assertThatThrownBy(() -> Copydesk.open(store, clock)).isInstanceOf(DamagedStoreException.class);
    }
}
