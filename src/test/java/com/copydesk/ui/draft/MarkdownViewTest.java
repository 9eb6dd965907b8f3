package com.copydesk.ui.draft;

import com.copydesk.model.ImageSource;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rendered body, headless on Monocle: what becomes which node, and that nothing acts on its own. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {
    private final List<String> fetched = new CopyOnWriteArrayList<>();
    private final List<String> clicked = new ArrayList<>();
    /** Long bodies' parse tasks, held so a test decides when (and on which thread) they run. */
    private final List<Runnable> parses = new CopyOnWriteArrayList<>();
    private MarkdownView view;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        view = new MarkdownView(this::fetch, parses::add);
        view.setOnLinkClicked(clicked::add);
        scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 800, 600));
        stage.sizeToScene(); // the stage is shared by every test class; an earlier one may have sized it
        stage.show();
    }

    /** A fake network: records the address; a.png is a loaded 40x20 image, anything else fails to decode. */
    private Image fetch(String url) {
        fetched.add(url);
        if (url.endsWith("/a.png")) {
            return new WritableImage(40, 20);
        }
        return new Image(new ByteArrayInputStream(new byte[] {1, 2, 3}));
    }

    private void show(FxRobot robot, String markdown) {
        show(robot, markdown, List.of());
    }

    private void show(FxRobot robot, String markdown, List<ImageSource> sources) {
        robot.interact(() -> view.showMarkdown(markdown, sources));
    }

    @Test
    void aBodyPreparedOffTheFxThreadShowsAsTheSameNodesAndIsNotRenderedAgain(FxRobot robot) throws Exception {
        String body = "# A heading\n\nA paragraph with a [link](https://example.com/x) and `code`.\n\n"
                + "![a diagram](https://img.example/a.png)\n\n- one\n- two\n";
        com.copydesk.model.Draft draft = com.copydesk.model.Draft.of("r-1", "A title", body).toBuilder()
                .imageSources(List.of(new ImageSource("unsplash", "https://img.example/a.png", "a diagram", Map.of())))
                .build();
        List<String> builtOn = new ArrayList<>();
        MarkdownView.Prepared prepared = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            builtOn.add(Thread.currentThread().getName());
            return view.prepare(draft);
        }).get(10, TimeUnit.SECONDS);
        assertThat(builtOn).noneMatch(name -> name.contains("JavaFX Application Thread"));
        assertThat(prepared.isOf(draft)).isTrue();
        assertThat(prepared.isOf(draft.toBuilder().body("another body").build())).as("a body changed since").isFalse();

        robot.interact(() -> view.show(prepared));
        assertThat(view.shownReadyMade()).isTrue();
        List<Node> readyMade = List.copyOf(view.getChildren());
        String readyText = view.plainText();
        assertThat(readyMade).hasSize(4);
        assertThat(view.imageBoxes()).as("the image placeholder, its source matched off the FX thread").hasSize(1);
        assertThat(fetched).as("images stay off until allowed").isEmpty();
        robot.interact(() -> view.setImagesAllowed(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fetched.contains("https://img.example/a.png"));
        robot.interact(() -> view.setImagesAllowed(false));

        Text link = robot.lookup(n -> n instanceof Text t && "link".equals(t.getText())).queryAs(Text.class);
        robot.clickOn(link);
        assertThat(clicked).as("a link built off the FX thread calls back like any other").containsExactly("https://example.com/x");

        show(robot, body);
        assertThat(view.shownReadyMade()).as("shown from its Markdown: rendered on the FX thread").isFalse();
        assertThat(view.plainText()).as("the same text either way").isEqualTo(readyText);
        assertThat(view.getChildren()).hasSameSizeAs(readyMade);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static String text(TextFlow flow) {
        StringBuilder out = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof Text run) {
                out.append(run.getText());
            }
        }
        return out.toString();
    }

    private static String marker(Node listRow) {
        return ((Label) ((HBox) listRow).getChildren().get(0)).getText();
    }

    private static List<Text> runs(TextFlow flow) {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    private static Text run(TextFlow flow, String text) {
        return runs(flow).stream().filter(run -> run.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + runs(flow).stream().map(Text::getText).toList()));
    }

    private static Stream<Node> descendants(Node node) {
        if (node instanceof Parent parent) {
            return Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(MarkdownViewTest::descendants));
        }
        return Stream.of(node);
    }

    private <T extends Node> List<T> all(Class<T> type, String styleClass) {
        return descendants(view).filter(type::isInstance).map(type::cast)
                .filter(node -> styleClass == null || node.getStyleClass().contains(styleClass)).toList();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- blocks -------------------------------------------------------------------------------

    @Test
    void headingsParagraphsListsCodeQuotesAndRulesBecomeTheirNodes(FxRobot robot) {
        show(robot, """
                # Caching for *python* services

                Plain, *emphasis*, **strong** and `a_code(span)` in one
                paragraph.

                ## Steps

                - first
                - second
                  - nested one
                  - nested two
                - third

                3. three
                4. four

                ```java
                int x = 1;
                int y = 2;
                ```

                    indented code

                > quoted *words*

                ---

                ###### small print
                """);

        List<Node> blocks = view.getChildren();
        assertThat(blocks).hasSize(10);
        TextFlow h1 = (TextFlow) blocks.get(0);
        assertThat(h1.getStyleClass()).contains("md-heading", "md-h1");
        assertThat(text(h1)).isEqualTo("Caching for python services");
        assertThat(run(h1, "python").getStyleClass()).contains("md-em");

        TextFlow paragraph = (TextFlow) blocks.get(1);
        assertThat(paragraph.getStyleClass()).contains("md-paragraph");
        assertThat(text(paragraph)).isEqualTo("Plain, emphasis, strong and a_code(span) in one paragraph.");
        assertThat(run(paragraph, "emphasis").getStyleClass()).contains("md-em").doesNotContain("md-strong");
        assertThat(run(paragraph, "strong").getStyleClass()).contains("md-strong").doesNotContain("md-em");
        assertThat(run(paragraph, "a_code(span)").getStyleClass()).contains("md-code-span", "md-mono");
        assertThat(run(paragraph, "Plain, ").getStyleClass()).containsExactly("md-text");

        assertThat(blocks.get(2).getStyleClass()).contains("md-heading", "md-h2");

        VBox bullets = (VBox) blocks.get(3);
        assertThat(bullets.getStyleClass()).contains("md-list", "md-bullet-list");
        // a nested list's items are rows of the same box, indented
        assertThat(bullets.getChildren()).hasSize(5);
        assertThat(bullets.getChildren().stream().map(row -> marker(row) + " " + text((TextFlow) ((HBox) row).getChildren().get(1))))
                .containsExactly("\u2022 first", "\u2022 second", "\u25e6 nested one", "\u25e6 nested two", "\u2022 third");
        HBox second = (HBox) bullets.getChildren().get(1);
        HBox nestedOne = (HBox) bullets.getChildren().get(2);
        assertThat(second.getPadding().getLeft()).isZero();
        assertThat(nestedOne.getPadding().getLeft()).isPositive();

        VBox ordered = (VBox) blocks.get(4);
        assertThat(ordered.getStyleClass()).contains("md-ordered-list");
        assertThat(ordered.getChildren().stream().map(MarkdownViewTest::marker)).containsExactly("3.", "4.");

        VBox fenced = (VBox) blocks.get(5);
        assertThat(fenced.getStyleClass()).contains("md-code-block");
        assertThat(((Label) fenced.getChildren().get(0)).getText()).isEqualTo("java");
        TextFlow code = (TextFlow) fenced.getChildren().get(1);
        assertThat(text(code)).isEqualTo("int x = 1;\nint y = 2;");
        assertThat(runs(code).get(0).getStyleClass()).contains("md-mono");

        VBox indented = (VBox) blocks.get(6);
        assertThat(indented.getStyleClass()).contains("md-code-block");
        assertThat(text((TextFlow) indented.getChildren().get(0))).isEqualTo("indented code");

        VBox quote = (VBox) blocks.get(7);
        assertThat(quote.getStyleClass()).contains("md-blockquote");
        assertThat(text((TextFlow) quote.getChildren().get(0))).isEqualTo("quoted words");

        assertThat(blocks.get(8)).isInstanceOf(Region.class);
        assertThat(blocks.get(8).getStyleClass()).contains("md-hr");
        assertThat(blocks.get(9).getStyleClass()).contains("md-h6");

        assertThat(view.plainText()).startsWith("Caching for python services\n\nPlain, emphasis")
                .contains("\u2022 first\n\u2022 second\n  \u2022 nested one").contains("3. three\n4. four")
                .contains("int x = 1;\nint y = 2;");
    }

    @Test
    void rawHtmlIsShownAsLiteralTextAndNeverRunOrLoaded(FxRobot robot) {
        show(robot, """
                <script>alert(1)</script>

                Look: <img src=x onerror=alert(1)> and <a href="javascript:alert(2)">this</a>.

                <iframe src="https://evil.example/"></iframe>
                """);
        robot.interact(() -> view.setImagesAllowed(true));

        VBox script = (VBox) view.getChildren().get(0);
        assertThat(script.getStyleClass()).contains("md-html-block");
        assertThat(text((TextFlow) script.getChildren().get(1))).isEqualTo("<script>alert(1)</script>");

        TextFlow paragraph = (TextFlow) view.getChildren().get(1);
        assertThat(text(paragraph)).isEqualTo("Look: <img src=x onerror=alert(1)> and <a href=\"javascript:alert(2)\">this</a>.");
        assertThat(run(paragraph, "<img src=x onerror=alert(1)>").getStyleClass()).contains("md-html", "md-mono");

        VBox iframe = (VBox) view.getChildren().get(2);
        assertThat(text((TextFlow) iframe.getChildren().get(1))).isEqualTo("<iframe src=\"https://evil.example/\"></iframe>");

        assertThat(all(Node.class, "md-link")).isEmpty();
        assertThat(view.imageBoxes()).isEmpty();
        assertThat(all(ImageView.class, null)).isEmpty();
        assertThat(fetched).isEmpty();
    }

    // ---- images -------------------------------------------------------------------------------

    @Test
    void imagesArePlaceholdersAndNothingIsFetchedUntilAllowed(FxRobot robot) throws Exception {
        List<ImageSource> sources = List.of(
                new ImageSource("unsplash", "https://img.example/a.png", "another caption", Map.of()),
                new ImageSource("pexels", "https://elsewhere.example/other.png", "found by caption", Map.of()));
        show(robot, """
                ![a chart](https://img.example/a.png)

                ![Found by Caption](https://img.example/b.png "a title")

                Inline ![local file](file:///etc/passwd) in text.
                """, sources);

        List<ImageBox> boxes = view.imageBoxes();
        assertThat(boxes).hasSize(3);
        assertThat(boxes).allSatisfy(box -> assertThat(box.state()).isEqualTo(ImageBox.State.OFF));
        assertThat(labels(boxes.get(0))).containsExactly("a chart", "Source: unsplash", "https://img.example/a.png",
                "Not loaded: images are off.");
        assertThat(labels(boxes.get(1))).containsExactly("Found by Caption", "Title: a title", "Source: pexels",
                "https://img.example/b.png", "Not loaded: images are off.");
        assertThat(labels(boxes.get(2))).contains("local file", "Source: not listed in the draft's image sources",
                "file:///etc/passwd");
        // an image standing in a paragraph's text gets its box there, between the text before and after
        List<Node> parts = ((VBox) view.getChildren().get(2)).getChildren();
        assertThat(parts).hasSize(3);
        assertThat(text((TextFlow) parts.get(0))).isEqualTo("Inline ");
        assertThat(parts.get(1)).isSameAs(boxes.get(2));
        assertThat(text((TextFlow) parts.get(2))).isEqualTo(" in text.");
        assertThat(fetched).isEmpty();
        assertThat(all(ImageView.class, null)).isEmpty();

        robot.interact(() -> view.setImagesAllowed(true));
        waitFor(() -> boxes.get(1).state() == ImageBox.State.FAILED);

        assertThat(fetched).containsExactly("https://img.example/a.png", "https://img.example/b.png");
        assertThat(boxes.get(0).state()).isEqualTo(ImageBox.State.LOADED);
        assertThat(all(ImageView.class, null)).hasSize(1);
        assertThat(labels(boxes.get(1))).anyMatch(text -> text.startsWith("Could not load the image"));
        assertThat(boxes.get(2).state()).isEqualTo(ImageBox.State.NOT_FETCHED);
        assertThat(labels(boxes.get(2))).contains("Not loaded: only http and https images are fetched.");

        robot.interact(() -> view.setImagesAllowed(false));
        assertThat(boxes).allSatisfy(box -> assertThat(box.state()).isEqualTo(ImageBox.State.OFF));
        assertThat(all(ImageView.class, null)).isEmpty();
    }

    @Test
    void imagesOfTheNextDraftLoadOnlyWhileAllowed(FxRobot robot) {
        robot.interact(() -> view.setImagesAllowed(true));
        show(robot, "![one](https://img.example/a.png)");
        assertThat(fetched).containsExactly("https://img.example/a.png");
        robot.interact(() -> view.setImagesAllowed(false));
        show(robot, "![two](https://img.example/two/a.png)");
        assertThat(fetched).containsExactly("https://img.example/a.png");
        assertThat(view.imageBoxes()).singleElement().satisfies(box -> assertThat(box.state()).isEqualTo(ImageBox.State.OFF));
    }

    private static List<String> labels(Node box) {
        return descendants(box).filter(Label.class::isInstance).map(Label.class::cast)
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    // ---- links --------------------------------------------------------------------------------

    @Test
    void clickingALinkOnlyCallsTheCallbackWithItsAddress(FxRobot robot) {
        show(robot, "Read [the docs](https://example.com/docs?a=1&b=2) and [that](javascript:alert(1)) too.");
        TextFlow paragraph = (TextFlow) view.getChildren().get(0);
        Text docs = run(paragraph, "the docs");
        assertThat(docs.getStyleClass()).contains("md-link");
        List<Node> before = List.copyOf(view.getChildren());
        int windows = Window.getWindows().size();

        robot.clickOn(docs);
        robot.clickOn(run(paragraph, "that"));
        robot.clickOn(run(paragraph, " too."));

        assertThat(clicked).containsExactly("https://example.com/docs?a=1&b=2", "javascript:alert(1)");
        assertThat(clicked.stream().map(MarkdownView::isWebAddress)).containsExactly(true, false);
        assertThat(view.getChildren()).containsExactlyElementsOf(before);
        assertThat(Window.getWindows()).hasSize(windows);
    }

    @Test
    void withoutACallbackAClickOnALinkDoesNothing(FxRobot robot) {
        robot.interact(() -> view.setOnLinkClicked(null));
        show(robot, "[home](https://example.com/)");
        robot.clickOn(run((TextFlow) view.getChildren().get(0), "home"));
        assertThat(clicked).isEmpty();
        assertThat(text((TextFlow) view.getChildren().get(0))).isEqualTo("home");
    }

    @Test
    void theContextMenuCopiesALinkABlockTheTextAndTheSource(FxRobot robot) {
        String markdown = "# Title\n\nSee [the docs](https://example.com/docs).\n\n- one\n- two\n";
        show(robot, markdown);
        Text link = run((TextFlow) view.getChildren().get(1), "the docs");
        Map<String, String> copied = new java.util.LinkedHashMap<>();
        for (String item : List.of("Copy link address", "Copy this block", "Copy text", "Copy Markdown source")) {
            requestContextMenu(robot, link);
            robot.clickOn(item);
            robot.interact(() -> copied.put(item, Clipboard.getSystemClipboard().getString()));
        }
        assertThat(copied).containsEntry("Copy link address", "https://example.com/docs")
                .containsEntry("Copy this block", "See the docs.")
                .containsEntry("Copy text", "Title\n\nSee the docs.\n\n\u2022 one\n\u2022 two")
                .containsEntry("Copy Markdown source", markdown);

        ContextMenu[] outside = new ContextMenu[1];
        robot.interact(() -> outside[0] = view.contextMenu(view));
        assertThat(outside[0].getItems().stream().map(MenuItem::getText)).containsExactly("Copy text", "Copy Markdown source");

        show(robot, "![chart](https://img.example/chart.png)");
        requestContextMenu(robot, view.imageBoxes().get(0));
        robot.clickOn("Copy image address");
        robot.interact(() -> copied.put("image", Clipboard.getSystemClipboard().getString()));
        assertThat(copied).containsEntry("image", "https://img.example/chart.png");
        assertThat(fetched).isEmpty();
    }

    static void requestContextMenu(FxRobot robot, Node target) {
        com.copydesk.support.FxEvents.requestContextMenu(robot, target);
    }

    @Test
    void theRealLoaderFetchesInTheBackgroundOnlyOnceAllowedShowingThePlaceholderMeanwhile(FxRobot robot) throws Exception {
        byte[] png = png(30, 20);
        AtomicInteger requests = new AtomicInteger();
        CountDownLatch answer = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try {
                answer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/chart.png";
            MarkdownView real = new MarkdownView();
            robot.interact(() -> {
                scroll.setContent(real);
                real.showMarkdown("![a chart](" + url + ")", List.of());
            });
            ImageBox box = real.imageBoxes().get(0);
            assertThat(box.state()).isEqualTo(ImageBox.State.OFF);
            assertThat(requests).hasValue(0);

            robot.interact(() -> real.setImagesAllowed(true));
            waitFor(() -> requests.get() == 1);
            assertThat(box.state()).isEqualTo(ImageBox.State.LOADING);
            assertThat(labels(box)).contains("a chart", url).anyMatch(text -> text.startsWith("Loading"));
            assertThat(descendants(box).filter(ImageView.class::isInstance)).isEmpty();

            answer.countDown();
            waitFor(() -> box.state() == ImageBox.State.LOADED);
            ImageView shown = (ImageView) descendants(box).filter(ImageView.class::isInstance).findFirst().orElseThrow();
            assertThat(shown.getImage().getWidth()).isEqualTo(30);
            assertThat(labels(box)).contains("a chart", url).noneMatch(text -> text.startsWith("Loading"));
            assertThat(requests).hasValue(1);
        } finally {
            answer.countDown();
            server.stop(0);
        }
    }

    private static byte[] png(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    // ---- long and hostile bodies --------------------------------------------------------------

    @Test
    void aFiveMegabyteBodyIsParsedOffTheFxThreadThenShownAPageAtATime(FxRobot robot) throws Exception {
        StringBuilder body = new StringBuilder();
        int paragraphs = 0;
        int rendered = 0;
        while (body.length() < 5_000_000) {
            body.append("Paragraph ").append(++paragraphs).append(" says *something* about caching, indexes and queues.\n\n");
            if (body.length() - 2 <= MarkdownView.RENDER_CHARS) {
                rendered = paragraphs;
            }
        }
        String lastRendered = "Paragraph " + rendered + " says something about caching, indexes and queues.";
        show(robot, body.toString());

        // show() returned with the parse still to do: the FX thread only says so.
        assertThat(parses).hasSize(1);
        assertThat(view.renderingProperty().get()).isTrue();
        assertThat(view.getChildren()).singleElement().isInstanceOf(Label.class);
        assertThat(((Label) view.getChildren().get(0)).getText()).startsWith("Rendering the body (5.0 M characters)");

        parses.get(0).run(); // on this test thread, as on the parser thread
        waitFor(() -> !view.renderingProperty().get());

        // only the first million characters are parsed, and the view says so first
        assertThat(((Label) view.getChildren().get(0)).getText())
                .startsWith("This body is 5.0 M characters long; only its first 1.0 M characters are rendered.");
        assertThat(view.unitCount()).isEqualTo(rendered);
        assertThat(view.unitsShown()).isEqualTo(MarkdownView.PAGE_UNITS);
        Button more = robot.lookup("#showMore").queryButton();
        assertThat(more.getText()).isEqualTo(String.format("Show more (%,d more blocks)", rendered - MarkdownView.PAGE_UNITS));
        assertThat(text((TextFlow) view.getChildren().get(1))).startsWith("Paragraph 1 says something");

        robot.interact(more::fire);
        assertThat(view.unitsShown()).isEqualTo(2 * MarkdownView.PAGE_UNITS);
        assertThat(view.getChildren().stream().filter(TextFlow.class::isInstance)).hasSize(2 * MarkdownView.PAGE_UNITS);
        assertThat(view.plainText()).endsWith(lastRendered);
        assertThat(view.markdown()).isEqualTo(body.toString());
    }

    @Test
    void aLongerBodyShownMeanwhileWinsOverAParseStillRunning(FxRobot robot) throws Exception {
        show(robot, "x ".repeat(MarkdownView.INLINE_PARSE_CHARS));
        show(robot, "the next draft");
        parses.get(0).run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getChildren()).singleElement().satisfies(node -> assertThat(text((TextFlow) node)).isEqualTo("the next draft"));
        assertThat(view.renderingProperty().get()).isFalse();
    }

    @Test
    void oneHugeParagraphIsCutWithANote(FxRobot robot) throws Exception {
        show(robot, "word ".repeat(200_000));
        parses.get(0).run();
        waitFor(() -> !view.renderingProperty().get());
        TextFlow paragraph = (TextFlow) view.getChildren().get(0);
        assertThat(text(paragraph)).hasSize(MarkdownView.PAGE_CHARS + 1).endsWith("\u2026");
        assertThat(((Label) view.getChildren().get(1)).getText()).startsWith("This block is too long to show in full");
        assertThat(view.getChildren()).hasSize(2);
    }

    @Test
    void aListOfManyItemsIsShownInRunsAndKeepsItsNumbers(FxRobot robot) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 1_000; i++) {
            body.append(i).append(". item ").append(i).append('\n');
        }
        show(robot, body.toString());
        assertThat(view.unitCount()).isEqualTo(1_000 / Unit.LIST_CHUNK);
        int firstPage = view.unitsShown();
        assertThat(firstPage).isBetween(2, view.unitCount() - 1);
        VBox secondRun = (VBox) view.getChildren().get(1);
        assertThat(marker(secondRun.getChildren().get(0))).isEqualTo("51.");

        robot.interact(() -> robot.lookup("#showMore").queryButton().fire());
        assertThat(view.unitsShown()).isGreaterThan(firstPage);
        VBox nextRun = (VBox) view.getChildren().get(firstPage);
        assertThat(marker(nextRun.getChildren().get(0))).isEqualTo((firstPage * Unit.LIST_CHUNK + 1) + ".");
    }

    @Test
    void bodiesNestedDeeperThanTheRendererGoesAreShownFlat(FxRobot robot) throws Exception {
        show(robot, ">".repeat(50_000) + " deep down\n\n" + "- ".repeat(5_000) + "listed\n\n"
                + "*".repeat(200) + "a" + "*".repeat(200) + " [" + "[".repeat(10_000) + "x" + "](u)".repeat(10_000));
        parses.get(0).run();
        waitFor(() -> !view.renderingProperty().get());
        List<String> flattened = descendants(view).filter(node -> node.getStyleClass().contains("md-flattened"))
                .map(node -> text((TextFlow) node)).toList();
        // commonmark-java 0.32 stops nesting block quotes itself and leaves the rest as text, which
        // the renderer shows flat (cut for the screen); every word stays in what Copy takes
        assertThat(flattened).isNotEmpty();
        assertThat(view.plainText()).contains("deep down").contains("listed");
    }
}
