package com.copydesk.ui;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.StoredDraft;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.FxBackground;
import com.copydesk.ui.common.WindowSettings;
import com.copydesk.support.TempFolder;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationAdapter;
import org.testfx.framework.junit5.ApplicationFixture;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real desk window on a store of its own, for TestFX tests; can close and open it again.
 *
 * <p>Registered on a field it is the test's whole set-up, in place of TestFX's
 * {@code ApplicationExtension} and a {@code @Start} method (which that extension only finds on the
 * test class itself, so a shared set-up cannot live in a superclass):
 * {@code @RegisterExtension final DeskFixture fixture = DeskFixture.withWindow(f -> f.withDrafts(lines));}
 * Before each test it makes a folder and a store, seeds it, opens the window; after it, closes both
 * and deletes the folder. Test methods may take an {@link FxRobot}.
 */
final class DeskFixture implements AutoCloseable, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** What a test does to a fixture before (seed) or right after (arrange) its window opens. */
    @FunctionalInterface
    interface Step {
        void apply(DeskFixture fixture) throws Exception;
    }

    private Path store;
    /** Where the files the fixture imports are written: beside the store, or a folder of their own for a team store. */
    private Path files;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private Stage stage;
    private Copydesk desk;
    private FxBackground background;
    private DeskWindow window;
    /** In memory only, and kept across {@link #restart}, as the settings file is for the real window. */
    private final WindowSettings settings = new WindowSettings(null);

    /** Set when registered as an extension: made before each test, deleted after it. */
    private Path dir;
    private Step seed;
    private Step arrange;
    private Application application;
    private final FxRobot robot = new FxRobot();

    DeskFixture(Path dir) throws Exception {
        this.store = Files.createTempDirectory(dir, "desk").resolve("desk.db");
        this.files = store.getParent();
    }

    private DeskFixture(Path store, Path files) {
        this.store = store;
        this.files = files;
    }

    /** The window on a team store: the PostgreSQL database {@code database} (made for the test). */
    static DeskFixture onPostgres(Path dir, com.copydesk.store.PgAddress database) throws Exception {
        return new DeskFixture(Path.of(database.toString()), Files.createTempDirectory(dir, "desk"));
    }

    /** The store as {@code --db} names it (a file, or a team store's address). */
    Path store() {
        return store;
    }

    MutableClock clock() {
        return clock;
    }

    private DeskFixture(Step seed, Step arrange) {
        this.seed = seed;
        this.arrange = arrange;
    }

    /** A fixture for {@code @RegisterExtension}: the store seeded by {@code seed}, then the window opened. */
    static DeskFixture withWindow(Step seed) {
        return new DeskFixture(seed, fixture -> { });
    }

    /** As {@link #withWindow(Step)}, and {@code arrange} run on the FX thread once the window shows. */
    static DeskFixture withWindow(Step seed, Step arrange) {
        return new DeskFixture(seed, arrange);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = TempFolder.create();
        store = dir.resolve("desk.db");
        files = dir;
        seed.apply(this);
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(() -> new ApplicationAdapter(new ApplicationFixture() {
            @Override
            public void init() {
            }

            @Override
            public void start(Stage onStage) throws Exception {
                open(onStage);
                arrange.apply(DeskFixture.this);
            }

            @Override
            public void stop() {
            }
        }));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            close();
            FxToolkit.cleanupAfterTest(robot, application);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            TempFolder.delete(dir);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType().isAssignableFrom(FxRobot.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }

    /** Imports draft lines before the window opens. */
    DeskFixture withDrafts(List<String> lines) throws Exception {
        try (Copydesk seed = Copydesk.open(store, clock)) {
            Path file = Files.writeString(files.resolve("seed.jsonl"), String.join("\n", lines) + "\n");
            seed.imports().run(List.of(file), TaskMonitor.NONE);
        }
        return this;
    }

    /** Imports files (as the window's File › Import would) before the window opens. */
    DeskFixture withFiles(List<Path> files) {
        try (Copydesk seed = Copydesk.open(store, clock)) {
            seed.imports().run(files, TaskMonitor.NONE);
        }
        return this;
    }

    /** The window's settings, as the settings file would hold them (set before {@link #open} to restore them). */
    WindowSettings settings() {
        return settings;
    }

    /** Opens the store and shows the window on the stage (call on the FX thread, as @Start does). */
    void open(Stage onStage) {
        this.stage = onStage;
        desk = Copydesk.open(store, clock);
        background = new FxBackground();
        window = new DeskWindow(desk, background, settings);
        window.show(stage, false);
    }

    /** Closes the window and the store, as quitting does, and opens both again. */
    void restart() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            background.close();
            desk.close();
            open(stage);
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    Copydesk desk() {
        return desk;
    }

    DeskWindow window() {
        return window;
    }

    StoredDraft draft(String reference) {
        return desk.queries().find(reference).orElseThrow();
    }

    ReviewStatus status(String reference) {
        return draft(reference).status();
    }

    long count(DraftFilter filter) {
        return desk.queries().count(filter);
    }

    /** The reference of the draft the panel shows, or null. */
    String shown() {
        StoredDraft shown = window.model().draft().draftProperty().get();
        return shown == null ? null : shown.reference();
    }

    /** Scrolls the draft panel so that the node is in view, as an editor would before clicking it. */
    static void reveal(javafx.scene.Node node) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane scroll) {
                    double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                    double viewport = scroll.getViewportBounds().getHeight();
                    double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                    scroll.setVvalue(Math.max(0, Math.min(1, (y - 20) / Math.max(1, contentHeight - viewport))));
                    return;
                }
            }
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The Who cells on screen, by the reference of their row: "text [style]". */
    static java.util.Map<String, String> whoCells(org.testfx.api.FxRobot robot) {
        java.util.Map<String, String> cells = new java.util.TreeMap<>();
        for (javafx.scene.control.TableCell<?, ?> cell : robot.lookup(".who-cell").<javafx.scene.control.TableCell<?, ?>>queryAll()) {
            if (cell.getItem() instanceof com.copydesk.model.DraftRow row && cell.isVisible()) {
                String style = cell.getStyleClass().contains("who-me") ? "me" : cell.getStyleClass().contains("who-other")
                        ? "other" : cell.getStyleClass().contains("who-decided") ? "decided" : "none";
                cells.put(row.reference(), (cell.getText() == null ? "" : cell.getText()) + " [" + style + "]");
            }
        }
        return cells;
    }

    static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        Platform.runLater(() -> {
            if (stage != null) {
                stage.hide();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (background != null) {
            background.close();
        }
        if (desk != null) {
            desk.close();
        }
    }
}
