package com.copydesk.ui;

import com.copydesk.app.Copydesk;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.WindowSettings;
import com.copydesk.ui.preferences.Preferences;
import com.copydesk.ui.stores.RecentStoresMenu;
import javafx.scene.control.Label;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** File › Recent stores on the real application: switching stores without a restart, missing stores greyed. */
@ExtendWith(ApplicationExtension.class)
class DeskStoresTest {
    @TempDir
    static Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private DeskApplication app;
    private Stage stage;
    private Path first;
    private Path second;
    private Path missing;
    /** Not a database: bytes of text under a store's name. */
    private Path corrupt;
    private Path settingsFile;
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    private Path store(String name, String title) throws Exception {
        Path store = Files.createTempDirectory(dir, name).resolve(name + ".db");
        try (Copydesk seed = Copydesk.open(store, clock)) {
            seed.imports().run(List.of(DraftFiles.lines(store.resolveSibling("in.jsonl"),
                    List.of(DraftFiles.draftJson(name + "-1", title, "A body about " + title + ".")))), TaskMonitor.NONE);
        }
        return store;
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        first = store("first", "Caching in the first store");
        second = store("second", "Queues in the second store");
        missing = dir.resolve("gone/missing.db");
        settingsFile = Files.createTempDirectory(dir, "settings").resolve("settings.properties");
        corrupt = Files.writeString(Files.createTempDirectory(dir, "corrupt").resolve("corrupt.db"),
                "not a database, only text under a store's name\n".repeat(200));
        Preferences preferences = new Preferences(new WindowSettings(settingsFile));
        preferences.opened(corrupt);
        preferences.opened(missing);
        preferences.opened(second);
        preferences.save();
        DeskApplication.prepare(new DeskLaunch(first, file -> Copydesk.open(file, clock), settingsFile, null));
        stage.titleProperty().unbind(); // the shared stage may still show the title of an earlier test's window
        app = new DeskApplication();
        app.start(stage);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            app.stop();
        }).get(20, TimeUnit.SECONDS);
        Thread.setDefaultUncaughtExceptionHandler(before); // the application installed its crash dialog
    }

    /** The item by its text in a menu that shows (a popup of an earlier window may still hold one of that text). */
    private static javafx.scene.Node item(FxRobot robot, String text) {
        return robot.lookup(text).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
    }

    private String storeShown(FxRobot robot) {
        return robot.lookup(".store-path").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    @Test
    void aRecentStoreOpensInTheSameWindowAndTheOneBeforeJoinsTheList(FxRobot robot) throws Exception {
        waitFor(() -> storeShown(robot).equals(first.toString()));
        robot.clickOn("File").clickOn("Recent stores");
        String secondItem = RecentStoresMenu.label(second.toAbsolutePath().normalize(), false);
        String missingItem = RecentStoresMenu.label(missing.toAbsolutePath().normalize(), true);
        waitFor(() -> robot.lookup(secondItem).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        assertThat(robot.lookup(missingItem).tryQuery()).as("a deleted store is named, greyed").isPresent();
        robot.clickOn(item(robot, secondItem));

        waitFor(() -> storeShown(robot).equals(second.toString()));
        waitFor(() -> robot.lookup("Queues in the second store").tryQuery().isPresent()
                || robot.lookup(".table-row-cell").queryAll().stream().anyMatch(n -> n.toString().contains("second")));
        List<Path> recent = new Preferences(new WindowSettings(settingsFile)).recentStores();
        assertThat(recent).as("saved as the first store closed; the second is added as it opens")
                .startsWith(first.toAbsolutePath().normalize());

        robot.clickOn("File").clickOn("Recent stores");
        String firstItem = RecentStoresMenu.label(first.toAbsolutePath().normalize(), false);
        waitFor(() -> robot.lookup(firstItem).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        robot.clickOn(item(robot, firstItem));
        waitFor(() -> storeShown(robot).equals(first.toString()));
    }

    @Test
    void aStoreThatCannotBeOpenedIsExplainedAndThePreviousOneOpensAgain(FxRobot robot) throws Exception {
        waitFor(() -> storeShown(robot).equals(first.toString()));
        robot.clickOn("File").clickOn("Recent stores");
        String corruptItem = RecentStoresMenu.label(corrupt.toAbsolutePath().normalize(), false);
        waitFor(() -> robot.lookup(corruptItem).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        robot.moveTo(item(robot, RecentStoresMenu.label(second.toAbsolutePath().normalize(), false)));
        robot.clickOn(item(robot, corruptItem));

        waitFor(() -> robot.lookup("#damaged-store-message").tryQuery().isPresent());
        String message = robot.lookup("#damaged-store-message").queryAs(Label.class).getText();
        assertThat(message).as("says what is wrong with which file").contains(corrupt.toString()).contains("not a database");
        assertThat(message).as("and which store opens again").contains("Closing this opens " + first + " again");
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && "Close".equals(b.getText()) && b.getScene().getWindow().isShowing()).queryAs(javafx.scene.control.Button.class));

        waitFor(() -> storeShown(robot).equals(first.toString()));
        waitFor(() -> robot.lookup("Caching in the first store").tryQuery().isPresent());
    }

    @Test
    void aStoreAnotherProgramHoldsLockedIsExplainedAndThePreviousOneOpensAgain(FxRobot robot) throws Exception {
        waitFor(() -> storeShown(robot).equals(first.toString()));
        // another program (here a second SQLite connection, as a sqlite3 shell would) holds the
        // second store locked: in exclusive locking mode not even a read gets in until it lets go
        try (java.sql.Connection holder = java.sql.DriverManager.getConnection("jdbc:sqlite:" + second);
             java.sql.Statement hold = holder.createStatement()) {
            hold.execute("PRAGMA locking_mode = EXCLUSIVE");
            hold.execute("BEGIN EXCLUSIVE");
            hold.execute("UPDATE draft SET title = title WHERE 0");
            robot.clickOn("File").clickOn("Recent stores");
            String secondItem = RecentStoresMenu.label(second.toAbsolutePath().normalize(), false);
            waitFor(() -> robot.lookup(secondItem).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                    && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
            robot.clickOn(item(robot, secondItem));

            // the open waits for the lock as long as any write would (the store's busy timeout), then explains
            WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
            assertThat(pane.getHeaderText()).contains(second.toString());
            assertThat(pane.getContentText()).as("why, and what to do")
                    .contains("locked").contains("another program")
                    .as("and which store opens again").contains(first + " opens again");
            robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                    && "OK".equals(b.getText()) && b.getScene().getWindow().isShowing())
                    .queryAs(javafx.scene.control.Button.class));
            waitFor(() -> storeShown(robot).equals(first.toString()));
            waitFor(() -> robot.lookup("Caching in the first store").tryQuery().isPresent());
            hold.execute("ROLLBACK");
        }
        assertThat(new Preferences(new WindowSettings(settingsFile)).recentStores())
                .as("the locked store stays in the list, to be opened once it is free")
                .contains(second.toAbsolutePath().normalize());
    }

    @Test
    void forgettingMissingStoresTakesThemOutOfTheList(FxRobot robot) throws Exception {
        waitFor(() -> storeShown(robot).equals(first.toString()));
        robot.clickOn("File").clickOn("Recent stores");
        waitFor(() -> robot.lookup("Forget missing stores").match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        // into the submenu first: a diagonal path would cross the File menu's next item, which closes it
        robot.moveTo(item(robot, RecentStoresMenu.label(second.toAbsolutePath().normalize(), false)));
        robot.clickOn(item(robot, "Forget missing stores"));
        waitFor(() -> !new Preferences(new WindowSettings(settingsFile)).recentStores()
                .contains(missing.toAbsolutePath().normalize()));
        assertThat(new Preferences(new WindowSettings(settingsFile)).recentStores())
                .contains(second.toAbsolutePath().normalize());
    }
}
