package com.copydesk.ui;

import com.copydesk.app.Copydesk;
import com.copydesk.support.SeededDesk;
import com.copydesk.ui.common.FxBackground;
import com.copydesk.ui.common.WindowSettings;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the FX thread does before the first frame (issue 18's start-up): the window is laid out
 * once, at the size it opens with, never first at its scene's preferred size; the Overview and
 * History tabs are built when first chosen, not before.
 */
@ExtendWith(ApplicationExtension.class)
class DeskFirstFrameTest {
    @TempDir
    static Path dir;
    private Copydesk desk;
    private FxBackground background;
    /**
     * The root's width as its scene was set on the stage: the stage's width then, unless the scene
     * was laid out at its preferred size first (which is what the test catches).
     */
    private double widthWhenSet = -1;

    @Start
    void start(Stage stage) throws Exception {
        desk = SeededDesk.open(dir, List.of(
                draftJson("r1", "Caching for python services", "Body one."),
                draftJson("r2", "Indexing for java services", "Body two.")));
        background = new FxBackground();
        // as the application does: the stage shows its "Opening" line while the store opens
        stage.setScene(new Scene(new javafx.scene.control.Label("Opening \u2026"), 640, 200));
        stage.show();
        stage.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && widthWhenSet < 0) {
                widthWhenSet = scene.getRoot().getLayoutBounds().getWidth();
            }
        });
        new DeskWindow(desk, background, new WindowSettings(null)).show(stage, false);
    }

    @AfterEach
    void close() {
        background.close();
        desk.close();
    }

    @Test
    void theDeskIsNotLaidOutAtItsPreferredSizeBeforeItsOwn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("Indexing for java services").tryQuery().isPresent());
        double preferred = WaitForAsyncUtils.asyncFx(() -> robot.window(0).getScene().getRoot().prefWidth(-1))
                .get(5, TimeUnit.SECONDS);
        assertThat(widthWhenSet).as("the root's width as its scene was set on the stage (the \"Opening\" line's 640)")
                .isLessThan(preferred - 100);
    }

    @Test
    void theHiddenTabsAreBuiltWhenFirstChosen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("Indexing for java services").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Tab overview = tab(robot, "Overview");
        Tab history = tab(robot, "History");
        assertThat(overview.getContent()).as("the Overview before it was chosen").isNull();
        assertThat(history.getContent()).as("the History before it was chosen").isNull();

        robot.clickOn(label(robot, "History"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getContent() != null);
        assertThat(overview.getContent()).as("the Overview, History chosen").isNull();
        robot.clickOn(label(robot, "Overview"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overview.getContent() != null);
    }

    @Test
    void theQueueHasTheKeysAsTheWindowOpens(FxRobot robot) throws Exception {
        // the stage showed the "Opening" line first, as the application's does: the desk's scene
        // is set on a showing stage, where the queue is in no scene yet when the window asks for focus
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("Indexing for java services").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node owner = WaitForAsyncUtils.asyncFx(() -> robot.window(0).getScene().getFocusOwner())
                .get(5, TimeUnit.SECONDS);
        assertThat(owner).as("J at start goes to the queue, not into the search box")
                .isInstanceOf(javafx.scene.control.TableView.class);
    }

    private static Tab tab(FxRobot robot, String text) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().flatMap(p -> p.getTabs().stream())
                .filter(t -> text.equals(t.getText())).findFirst().orElseThrow();
    }

    private static Labeled label(FxRobot robot, String text) {
        return robot.lookup(".tab-label").queryAllAs(Labeled.class).stream()
                .filter(l -> text.equals(l.getText())).findFirst().orElseThrow();
    }
}
