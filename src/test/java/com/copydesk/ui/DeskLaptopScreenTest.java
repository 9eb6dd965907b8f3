package com.copydesk.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.copydesk.ui.DeskFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on a 1280x760 laptop screen: the draft pane shows title, findings and the start of
 * the body without scrolling, the views are not cut, the queue keeps each title's "#NNN" and its
 * scores in view, flag chips that do not fit go behind "+N", and the editor's choices (closed
 * sections, shown columns) come back after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class DeskLaptopScreenTest {
    @TempDir
    static Path dir;
    private DeskFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        Path samples = Files.createTempDirectory(dir, "samples");
        // the bundled Markdown sample: four long findings and a note, the draft an editor meets first
        Path markdown = samples.resolve("markdown-example.md");
        try (InputStream in = DeskLaptopScreenTest.class.getResourceAsStream("/copydesk/samples/markdown-example.md")) {
            Files.copy(in, markdown);
        }
        List<String> generated = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // flagged (low scores, a script tag), as a generator's drafts are: "Needs review" lists them
            generated.add("{\"reference\":\"gen-" + i + "\",\"title\":\"production checklist for paginating large"
                    + " result sets in rust services #" + (100 + i) + "\",\"body\":\"Some text.\\n\\n<script>x()</script>\\n\","
                    + "\"score\":{\"quality\":10,\"freshness\":10,\"depth\":10,\"clarity\":10}}");
        }
        fixture = new DeskFixture(dir).withDrafts(generated).withFiles(List.of(markdown));
        fixture.settings().put("window.width", 1280);
        fixture.settings().put("window.height", 760);
        fixture.open(stage);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static Bounds onScreen(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Whether the node lies whole inside the scroll pane's viewport, as it is scrolled now. */
    private static boolean inView(Node node, ScrollPane scroll) {
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds bounds = onScreen(node);
        return node.isVisible() && bounds.getHeight() > 0 && bounds.getMinY() >= viewport.getMinY() - 0.5
                && bounds.getMaxY() <= viewport.getMaxY() + 0.5;
    }

    /** What a label shows, which is shorter than its text (with an ellipsis) when it is cut. */
    private static String shown(Node labeled) {
        Text text = (Text) labeled.lookup(".text");
        return text == null ? "" : text.getText();
    }

    private void showMarkdownSample(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.window().model().draft().show(fixture.draft("sample-md-0001").id()));
        waitFor(() -> "sample-md-0001".equals(fixture.shown()));
    }

    @Test
    void theDraftShowsTitleFindingsAndTheStartOfTheBodyWithoutScrolling(FxRobot robot) throws Exception {
        showMarkdownSample(robot);
        ScrollPane scroll = robot.lookup("#draftTitle").queryAs(Label.class).getParent().getParent() instanceof ScrollPane s
                ? s : (ScrollPane) robot.lookup(".draft-pane .scroll-pane").query();
        assertThat(scroll.getVvalue()).isZero();
        assertThat(robot.lookup("#draftTitle").queryAs(Label.class).getText())
                .isEqualTo("Choosing cache keys for a content heavy site");
        assertThat(inView(robot.lookup("#draftTitle").query(), scroll)).as("the title").isTrue();
        List<Node> findings = robot.lookup("#findings").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .filtered(n -> n.getStyleClass().contains("finding"));
        assertThat(findings).hasSizeGreaterThanOrEqualTo(4);
        assertThat(findings).allSatisfy(f -> assertThat(inView(f, scroll)).as("finding %s", f).isTrue());
        Node firstLine = robot.lookup("#draftBody .md-paragraph").query();
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(onScreen(firstLine).getMinY()).as("the body's first paragraph starts in view")
                .isLessThan(viewport.getMaxY() - 40);
    }

    @Test
    void aFindingOpensWholeOnClick(FxRobot robot) throws Exception {
        showMarkdownSample(robot);
        Node first = robot.lookup("#findings .finding").query();
        Label message = (Label) first.lookup(".finding-message");
        double closed = message.getHeight();
        assertThat(shown(message)).as("long evidence is cut to two lines").endsWith("...");
        robot.clickOn(first);
        waitFor(() -> message.getHeight() > closed + 5);
        assertThat(shown(message)).isEqualTo(message.getText());
    }

    @Test
    void theMetaBoxClosedStaysClosedAfterARestart(FxRobot robot) throws Exception {
        showMarkdownSample(robot);
        TitledPane meta = robot.lookup("#metaSection").queryAs(TitledPane.class);
        assertThat(meta.isExpanded()).isTrue();
        robot.interact(() -> meta.setExpanded(false));

        fixture.restart();
        showMarkdownSample(robot);
        assertThat(robot.lookup("#metaSection").queryAs(TitledPane.class).isExpanded()).isFalse();
        assertThat(robot.lookup("#scoresSection").queryAs(TitledPane.class).isExpanded()).isTrue();
    }

    @Test
    void theViewsAreNotCut(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#viewList .list-cell").queryAll().stream()
                .anyMatch(c -> ((ListCell<?>) c).getItem() != null && shown(c.lookup(".label")).startsWith("generator")));
        waitFor(() -> robot.lookup("#viewList .list-cell").queryAll().stream()
                .filter(c -> ((ListCell<?>) c).getItem() != null && c.isVisible())
                .flatMap(c -> c.lookupAll(".label").stream())
                .allMatch(l -> shown(l).equals(((Label) l).getText())));
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> queue(FxRobot robot) {
        return robot.lookup("#queueTable").queryAs(TableView.class);
    }

    @Test
    void theQueueKeepsTheNumberOfEachTitleAndItsScoresInView(FxRobot robot) throws Exception {
        TableView<Object> table = queue(robot);
        waitFor(() -> robot.lookup("#queueTable .table-cell").queryAll().stream()
                .anyMatch(c -> shown(c).contains("#129")));
        TableCell<?, ?> title = (TableCell<?, ?>) robot.lookup("#queueTable .table-cell").queryAll().stream()
                .filter(c -> shown(c).contains("#129")).findFirst().orElseThrow();
        assertThat(shown(title)).as("cut in the middle").contains("...").startsWith("production");
        ScrollBar across = table.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).findFirst().orElseThrow();
        assertThat(across.isVisible()).as("no sideways scrolling").isFalse();
        Bounds visible = table.localToScene(table.getLayoutBounds());
        for (String id : List.of("qualityColumn", "freshnessColumn", "depthColumn", "clarityColumn")) {
            Node header = table.lookup("#" + id);
            assertThat(header).as(id).isNotNull();
            assertThat(onScreen(header).getMaxX()).as(id + " in view").isLessThanOrEqualTo(visible.getMaxX());
        }
    }

    @Test
    void flagChipsThatDoNotFitGoBehindPlusN(FxRobot robot) throws Exception {
        TableView<Object> table = queue(robot);
        TableColumn<Object, ?> flags = table.getColumns().stream().filter(c -> "flagsColumn".equals(c.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> table.getColumns().stream().filter(c -> "titleColumn".equals(c.getId())).findFirst()
                .orElseThrow().setPrefWidth(2000)); // the flags get their least width
        waitFor(() -> robot.lookup("#moreFlags").queryAll().stream().anyMatch(Node::isVisible));
        for (Node more : robot.lookup("#moreFlags").queryAll()) {
            if (!more.isVisible()) {
                continue;
            }
            Node cell = more.getParent().getParent();
            Bounds cellBounds = onScreen(cell);
            assertThat(((Label) more).getText()).matches("\\+\\d+");
            for (Node chip : more.getParent().getChildrenUnmodifiable()) {
                if (chip.isVisible()) {
                    assertThat(onScreen(chip).getMaxX()).as("chip %s inside the cell", chip)
                            .isLessThanOrEqualTo(cellBounds.getMaxX() + 0.5);
                }
            }
        }
    }

    @Test
    void theColumnChooserShowsAColumnAndItIsRemembered(FxRobot robot) throws Exception {
        TableView<Object> table = queue(robot);
        TableColumn<Object, ?> topic = table.getColumns().stream().filter(c -> "topicColumn".equals(c.getId()))
                .findFirst().orElseThrow();
        assertThat(topic.isVisible()).as("hidden at first").isFalse();
        // every header offers the same chooser on a right-click (the title's own tick cannot be taken off)
        javafx.scene.control.ContextMenu chooser = table.getColumns().get(1).getContextMenu();
        assertThat(table.getColumns()).allSatisfy(c -> assertThat(c.getContextMenu()).isSameAs(chooser));
        var items = chooser.getItems().stream().map(javafx.scene.control.CheckMenuItem.class::cast).toList();
        assertThat(items.stream().map(javafx.scene.control.MenuItem::getText))
                .contains("Title", "Status", "Flags", "Quality", "Freshness", "Depth", "Clarity", "Topic", "Last reviewed");
        assertThat(items.get(0).isDisable()).isTrue();
        robot.interact(() -> items.stream().filter(i -> i.getText().equals("Topic")).findFirst().orElseThrow()
                .setSelected(true));
        waitFor(topic::isVisible);

        fixture.restart();
        TableView<Object> again = queue(robot);
        assertThat(again.getColumns().stream().filter(c -> "topicColumn".equals(c.getId())).findFirst().orElseThrow()
                .isVisible()).isTrue();
    }
}
