package com.copydesk.ui.draft;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.copydesk.interchange.DraftJson;
import com.copydesk.model.Draft;
import com.copydesk.support.Samples;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.List;

/**
 * Shows the draft panel's two views on a draft, as the desk will: the body in a scroll pane with
 * a "Load images" toggle, the meta box beside it. For looking at them, and screenshots under Xvfb:
 * {@code java -cp ... com.copydesk.ui.draft.DraftPanelDemo [light|dark] [sample|sink] [width] [height]};
 * {@code -Ddemo.images=true} presses "Load images", {@code -Ddemo.imageUrl=URL} is the kitchen sink's image,
 * {@code -Ddemo.metaScroll=1} scrolls the meta box to its end.
 */
public final class DraftPanelDemo {
    static final String SINK = """
            Intro paragraph with *emphasis*, **strong**, ***both***, `inline code` and a
            [link to the docs](https://example.com/docs "The docs"). A hard\\
            break, and raw inline HTML: <b onclick="x()">bold?</b>.

            ![a chart of request latency](https://example.com/latency.png)

            ## Production checks

            ### Third level

            1. first step
            2. second step, with a nested list:
               - alpha
               - beta
                 - deeper still
            3. third step

            > A block quote with a [link](https://example.com/q).
            >
            > Second paragraph of the quote.

            ```python
            def handler(event):
                return {"status": 200, "body": event["body"]}
            ```

            ---

            <script>alert(1)</script>
            <img src=x onerror=alert(1)>

            #### Fourth level heading
            """;

    private DraftPanelDemo() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The demo window (a class of its own: the launcher must not extend Application). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            show(stage, getParameters().getRaw());
        }
    }

    static void show(Stage stage, List<String> args) throws Exception {
        boolean dark = !args.isEmpty() && args.get(0).equals("dark");
        boolean sink = args.size() > 1 && args.get(1).equals("sink");
        double width = args.size() > 2 ? Double.parseDouble(args.get(2)) : 1400;
        double height = args.size() > 3 ? Double.parseDouble(args.get(3)) : 900;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());

        Draft draft = new DraftJson().parse(Samples.text(Samples.JSON));
        if (sink) {
            draft = draft.toBuilder().body(SINK.replace("https://example.com/latency.png",
                    System.getProperty("demo.imageUrl", "https://example.com/latency.png"))).build();
        }
        MarkdownView body = new MarkdownView();
        body.setOnLinkClicked(url -> System.out.println("link clicked: " + url));
        body.show(draft);
        MetaBoxView meta = new MetaBoxView();
        meta.show(draft);

        Label title = new Label(draft.title());
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        ToggleButton images = new ToggleButton("Load images");
        body.imagesAllowedProperty().bind(images.selectedProperty());
        images.setSelected(Boolean.getBoolean("demo.images"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(draft.reference()), spacer, images);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("text-muted");

        VBox left = new VBox(14, title, bar, body);
        left.setPadding(new Insets(18, 22, 18, 22));
        ScrollPane bodyScroll = new ScrollPane(left);
        bodyScroll.setFitToWidth(true);
        VBox right = new VBox(meta);
        right.setPadding(new Insets(18, 18, 18, 18));
        ScrollPane metaScroll = new ScrollPane(right);
        metaScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(bodyScroll, metaScroll);
        split.setDividerPositions(0.56);

        stage.setTitle("Copydesk draft panel (" + (dark ? "PrimerDark" : "PrimerLight") + ")");
        stage.setScene(new Scene(new javafx.scene.layout.BorderPane(split), width, height));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        metaScroll.setVvalue(Double.parseDouble(System.getProperty("demo.metaScroll", "0")));
    }
}
