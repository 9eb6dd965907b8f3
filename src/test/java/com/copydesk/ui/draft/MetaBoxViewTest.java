package com.copydesk.ui.draft;

import com.copydesk.interchange.DraftJson;
import com.copydesk.model.Draft;
import com.copydesk.support.Samples;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The meta box on the real sample draft and on unknown fields, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class MetaBoxViewTest {
    /** The sample with fields the draft format does not name: a string, nested objects and lists, empty ones. */
    private static final String EXTRA = """
            , "editor_hint": "check the numbers"
            , "x_custom": {"weights": [1, 2.5, {"deep": null}], "enabled": true, "nested": {"a": {"b": "c"}}}
            , "empty_list": []
            , "empty_object": {}
            , "nothing": null
            , "blank": "  "
            , "tags_extra": ["one", "two"]
            }""";

    private MetaBoxView meta;

    @Start
    void start(Stage stage) {
        meta = new MetaBoxView();
        VBox holder = new VBox(meta);
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 520, 700));
        stage.sizeToScene(); // the stage is shared by every test class; an earlier one may have sized it
        stage.show();
    }

    private static Draft sampleWithExtraFields() throws Exception {
        String json = Samples.text(Samples.JSON).strip();
        return new DraftJson().parse(json.substring(0, json.length() - 1) + EXTRA);
    }

    private static Stream<Node> descendants(Node node) {
        if (node instanceof Parent parent) {
            return Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(MetaBoxViewTest::descendants));
        }
        return Stream.of(node);
    }

    private List<String> texts() {
        return descendants(meta).filter(Text.class::isInstance).map(node -> ((Text) node).getText()).toList();
    }

    private Text textNode(String text) {
        return descendants(meta).filter(Text.class::isInstance).map(Text.class::cast)
                .filter(node -> node.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no text '" + text + "'"));
    }

    @Test
    void showsEveryFieldOfTheSampleButTitleAndBodyThenTheUnknownOnes(FxRobot robot) throws Exception {
        Draft draft = sampleWithExtraFields();
        assertThat(draft.extra()).containsKeys("editor_hint", "x_custom", "empty_list", "nothing", "tags_extra");
        robot.interact(() -> meta.show(draft));

        Map<String, String> rows = meta.rows();
        assertThat(rows.keySet()).containsExactly("Reference", "Topic", "Summary", "AI outline", "AI brief", "Stack",
                "Tools", "Code language", "Difficulty", "Reading time", "View count", "Score", "Revision", "Hash",
                "Generator flags", "Checklist", "Entities", "Image sources", "Payload", "Notes",
                "editor_hint", "x_custom", "tags_extra");
        assertThat(rows).containsEntry("Reference", "anp-ref-004623-3568")
                .containsEntry("Topic", "testing critical paths before launch / python services")
                .containsEntry("AI outline", """
                        context: for a content heavy programming website
                        problem: testing critical paths before launch
                        stack: python services
                        recommended action: measure first, change carefully, document the result""")
                .containsEntry("Stack", "- python services\n- backend\n- python")
                .containsEntry("Tools", "- fastapi\n- pytest\n- uvicorn\n- ruff\n- git\n- logs")
                .containsEntry("Code language", "python")
                .containsEntry("Difficulty", "beginner")
                .containsEntry("Reading time", "4 minutes")
                .containsEntry("View count", "39,766")
                .containsEntry("Score", "quality: 95\nfreshness: 79\ndepth: 99\nclarity: 93")
                .containsEntry("Revision", "status: expanded\nversion: 1.8.1\nlast reviewed: 2025-07-01")
                .containsEntry("Hash", "80b7e6520ff22dc501cc5644")
                .containsEntry("Generator flags", "AI generated style: yes\nhas images: yes\nimage heavy: no\nneeds human review: no")
                .containsEntry("Checklist", """
                        - review query plans
                        - add indexes carefully
                        - test with realistic data
                        - compare before and after metrics
                        - document the migration""")
                .containsEntry("Entities", "- python services (stack)\n- backend (area)\n- testing critical paths before launch (problem)")
                .containsEntry("Image sources", """
                        -
                          caption: testing critical paths before launch with python services visual reference 1
                          source: unsplash
                          url: https://images.unsplash.com/photo-1555949963-aa79dcee981c?auto=format&fit=crop&w=1200&q=80""")
                .containsEntry("Payload", """
                        source id: alphanode-004623
                        generator: anp content synthesizer
                        paragraphs: 3
                        scenario: for a content heavy programming website
                        seed: 4623""")
                .containsEntry("editor_hint", "check the numbers")
                .containsEntry("x_custom", """
                        weights:
                          - 1
                          - 2.5
                          -
                            deep: null
                        enabled: true
                        nested:
                          a:
                            b: c""")
                .containsEntry("tags_extra", "- one\n- two");
        assertThat(rows.get("Summary")).startsWith("this ai-style technical summary");
        assertThat(rows.get("Notes")).startsWith("- sanitized array meta is expected to render as a list")
                .contains("\n- view count is synthetic");

        // on screen: labels, one text per list item, nested values indented under their keys
        List<String> texts = texts();
        assertThat(texts).contains("Meta", "Tools", "AI outline", "recommended action:", "fastapi", "pytest", "logs",
                "python services (stack)", "https://images.unsplash.com/photo-1555949963-aa79dcee981c?auto=format&fit=crop&w=1200&q=80",
                "editor_hint", "x_custom", "weights:", "deep:", "null", "b:", "c");
        assertThat(texts).doesNotContain(draft.title(), "Title", "Body");
        assertThat(texts).noneMatch(text -> text.contains("this is a field note for developers"));
        assertThat(descendants(meta).filter(Label.class::isInstance).map(node -> ((Label) node).getText()))
                .contains("Other fields");
        Text deep = textNode("deep:");
        List<String> classesAbove = Stream.iterate((Node) deep, node -> node != null, Node::getParent)
                .flatMap(node -> node.getStyleClass().stream()).toList();
        assertThat(Collections.frequency(classesAbove, "meta-list")).isEqualTo(1);
        assertThat(Collections.frequency(classesAbove, "meta-map")).isEqualTo(2);
        assertThat(classesAbove).contains("meta-nested");
        assertThat(textNode("deep:").localToScene(0, 0).getX()).isGreaterThan(textNode("weights:").localToScene(0, 0).getX());
    }

    @Test
    void leavesOutWhatIsEmptyOrAbsent(FxRobot robot) {
        Draft draft = Draft.of("r-1", "A title", "A body.").toBuilder().topic("").stack(List.of()).build();
        robot.interact(() -> meta.show(draft));
        assertThat(meta.rows().keySet()).containsExactly("Reference");
        robot.interact(() -> meta.show(null));
        assertThat(meta.rows()).isEmpty();
        assertThat(texts()).containsExactly("Meta");
    }

    @Test
    void longValuesWrapAndHugeOnesAreCutOnScreenOnly(FxRobot robot) {
        String summary = "a long summary that goes on and on ".repeat(40).strip();
        String huge = "x".repeat(MetaText.MAX_TEXT + 40_000);
        List<Object> many = Collections.nCopies(1_000, "item");
        Draft draft = Draft.of("r-1", "A title", "A body.").toBuilder().summary(summary)
                .extra("huge", huge).extra("many", many).build();
        robot.interact(() -> meta.show(draft));

        Text shown = textNode(summary);
        TextFlow flow = (TextFlow) shown.getParent();
        assertThat(flow.getWidth()).isLessThan(520);
        assertThat(flow.getHeight()).isGreaterThan(8 * shown.getFont().getSize());
        assertThat(meta.getHeight()).isGreaterThan(flow.getBoundsInParent().getMaxY());

        assertThat(texts()).contains("x".repeat(MetaText.MAX_TEXT) + "\u2026 (40,000 more characters)");
        assertThat(texts().stream().filter("item"::equals)).hasSize(MetaText.MAX_ITEMS);
        assertThat(texts()).contains("\u2026 and 800 more items (\u201cCopy value\u201d copies all)");
        assertThat(meta.rows().get("huge")).isEqualTo(huge);
        assertThat(meta.rows().get("many").lines()).hasSize(1_000);
    }

    /** What a right click (or the menu key) sends; Monocle's robot does not make this event itself. */
    private static void requestContextMenu(FxRobot robot, Node target) {
        robot.interact(() -> {
            Bounds bounds = target.localToScene(target.getBoundsInLocal());
            Point2D screen = target.localToScreen(bounds.getWidth() / 2, bounds.getHeight() / 2);
            double x = bounds.getCenterX();
            double y = bounds.getCenterY();
            Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y,
                    screen.getX(), screen.getY(), false, new PickResult(target, x, y)));
        });
    }

    @Test
    void theContextMenuCopiesAValueOrEverything(FxRobot robot) throws Exception {
        Draft draft = new DraftJson().parse(Samples.text(Samples.JSON));
        robot.interact(() -> meta.show(draft));
        requestContextMenu(robot, textNode("anp-ref-004623-3568"));
        robot.clickOn("Copy value");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo("anp-ref-004623-3568");

        requestContextMenu(robot, textNode("Topic"));
        robot.clickOn("Copy all");
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).startsWith("Reference: anp-ref-004623-3568\nTopic: testing critical paths")
                .contains("Tools:\n  - fastapi\n  - pytest").contains("Hash: 80b7e6520ff22dc501cc5644")
                .isEqualTo(meta.plainText());
    }
}
