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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Switching stores while an import runs (issue 18): refused with a clear message, the import goes
 * on to its end in the store it writes, and the store stays open.
 */
class DeskSwitchWhileImportingTest {
    private static final int DRAFTS = 1_500;
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
        WaitForAsyncUtils.asyncFx(() -> {
            fixture.window().setStoreSwitch(switchesAsked::add);
            fixture.window().model().importPaths(List.of(file));
        }).get(5, TimeUnit.SECONDS);
        waitFor(() -> fixture.window().model().jobProperty().get() != null);

        robot.clickOn("File").clickOn("Recent stores");
        String item = RecentStoresMenu.label(other, false);
        waitFor(() -> robot.lookup(item).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        boolean stillImporting = fixture.window().model().jobProperty().get() != null;
        robot.clickOn(robot.lookup(item).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).queryAs(javafx.scene.Node.class));

        // a machine fast enough to finish the import before the menu opened tests nothing here
        assumeTrue(stillImporting, "the import ended before the menu opened");
        waitFor(() -> notice(robot).contains("before opening another store"));
        assertThat(notice(robot)).as("names what runs and what to do").startsWith("Wait for").contains("or cancel it");
        assertThat(switchesAsked).as("the store is not closed under the import").isEmpty();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fixture.window().model().jobProperty().get() == null);
        assertThat(fixture.count(DraftFilter.ALL)).as("the import went on to its end").isEqualTo(DRAFTS + 1);
        assertThat(robot.lookup(".store-path").queryAs(Label.class).getText()).isEqualTo(fixture.store().toString());
    }

    private static String notice(FxRobot robot) {
        return robot.lookup("#noticeLabel").queryAs(Label.class).getText();
    }
}
