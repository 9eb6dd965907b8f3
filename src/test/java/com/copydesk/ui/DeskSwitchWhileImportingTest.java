package com.copydesk.ui;

import com.copydesk.model.DraftFilter;
import com.copydesk.support.DraftFiles;
import com.copydesk.ui.preferences.Preferences;
import com.copydesk.ui.stores.RecentStoresMenu;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Switching stores while an import runs (issue 18): refused with a clear message, the import goes
 * on to its end in the store it writes, and the store stays open.
 */
class DeskSwitchWhileImportingTest {
    private static final int DRAFTS = 200;
    /** Another store in File › Recent stores, beside the fixture's (a file, so that its item is not greyed). */
    private Path other;

    @RegisterExtension
    final DeskFixture fixture = DeskFixture.withWindow(f -> {
        f.withDrafts(List.of(DraftFiles.draftJson("seed-1", "The draft already there", "A body.")));
        other = java.nio.file.Files.writeString(f.store().resolveSibling("other.db"), "").toAbsolutePath().normalize();
        new Preferences(f.settings()).opened(other);
    });

    private final List<Path> switchesAsked = new CopyOnWriteArrayList<>();

    @Test
    void aSwitchIsRefusedWhileAnImportRunsAndTheImportGoesOn(FxRobot robot) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            lines.add(DraftFiles.draftJson("big-" + i, "Imported draft " + i, "Body of imported draft " + i + "."));
        }
        Path file = DraftFiles.lines(fixture.store().resolveSibling("many.jsonl"), lines);
        // Another writer holds the store, as a command run beside the window would: the import
        // cannot commit its first batch until it lets go, so it is surely running when the menu opens.
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> fixture.desk().store().write(c -> {
            holding.countDown();
            awaitUninterruptibly(release);
            return null;
        }));
        try {
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.asyncFx(() -> {
                fixture.window().setStoreSwitch(switchesAsked::add);
                fixture.window().model().importPaths(List.of(file));
            }).get(5, TimeUnit.SECONDS);
            waitFor(() -> fixture.window().model().jobProperty().get() != null);

            robot.clickOn("File").clickOn("Recent stores");
            String item = RecentStoresMenu.label(other, false);
            waitFor(() -> robot.lookup(item).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                    && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
            robot.clickOn(robot.lookup(item).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                    && n.getScene().getWindow().isShowing()).queryAs(javafx.scene.Node.class));

            waitFor(() -> notice(robot).contains("before opening another store"));
            assertThat(notice(robot)).as("names what runs and what to do").startsWith("Wait for").contains("or cancel it");
            assertThat(switchesAsked).as("the store is not closed under the import").isEmpty();
            assertThat(fixture.window().model().jobProperty().get()).as("the import still runs").isNotNull();
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fixture.window().model().jobProperty().get() == null);
        assertThat(fixture.count(DraftFilter.ALL)).as("the import went on to its end").isEqualTo(DRAFTS + 1);
        assertThat(robot.lookup(".store-path").queryAs(Label.class).getText()).isEqualTo(fixture.store().toString());
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String notice(FxRobot robot) {
        return robot.lookup("#noticeLabel").queryAs(Label.class).getText();
    }
}
