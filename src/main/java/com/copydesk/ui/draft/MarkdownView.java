package com.copydesk.ui.draft;

import com.copydesk.model.Draft;
import com.copydesk.model.ImageSource;
import com.copydesk.model.ParagraphBound;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A draft's body, CommonMark rendered as native JavaFX nodes (no WebView): headings, paragraphs
 * of text runs (emphasis, strong, code), nested lists, code blocks, block quotes, rules. Nothing
 * in a body acts on its own:
 * <ul>
 * <li>raw HTML is shown as literal monospace text;</li>
 * <li>a link is text that, when clicked, calls {@link #setOnLinkClicked} with its address and
 * does nothing else;</li>
 * <li>an image is a box with its caption, its source (the draft's {@code image_sources} entry
 * with its address or caption) and its address; it is fetched only once
 * {@link #imagesAllowedProperty()} is true, and only from {@code http(s)} addresses.</li>
 * </ul>
 * Bodies are untrusted and may be 5 MB. Up to {@value #INLINE_PARSE_CHARS} characters are parsed
 * at once on the FX thread (the sample's 1.3 KB takes well under a millisecond); a longer body is
 * parsed on a background thread while the view says "Rendering"
 * ({@link #renderingProperty()}), and of a body longer than {@value #RENDER_CHARS} characters only
 * that much is parsed, with a note. Either way a page of at most {@value #PAGE_UNITS} blocks or
 * about {@value #PAGE_CHARS} characters is rendered, then a "Show more" button renders the next;
 * a single block longer than that is cut, with a note. So no body costs the FX thread more than
 * one bounded page at a time. The view has no scroll bars of its own: put it in a
 * {@link javafx.scene.control.ScrollPane} with {@code fitToWidth}. Its context menu copies the
 * text of a block, the whole text, a link's address or the Markdown source.
 * Use on the FX thread.
 */
public class MarkdownView extends VBox {
    /** The views' stylesheet; both views add it to themselves, so a scene needs nothing more. */
    public static final String STYLESHEET = DraftStyles.MAIN;
    /** Bodies up to this length are parsed on the FX thread; longer ones in the background. */
    public static final int INLINE_PARSE_CHARS = 20_000;
    /** At most this many blocks (top-level blocks, or runs of 50 items of a long list) a page. */
    public static final int PAGE_UNITS = 100;
    /** About this many characters of text a page; one block is cut past it. */
    public static final int PAGE_CHARS = 20_000;
    static final int PAGE_NODES = 1_500;
    /**
     * Only this much of a body is parsed and rendered (cut at a blank line before it): a million
     * characters are some 10,000 blocks, more than anyone reads on screen, and parsing all of 5 MB
     * holds 50 to 200 MB of syntax tree and makes garbage-collection pauses the window feels.
     * "Copy Markdown source" still copies the whole body.
     */
    public static final int RENDER_CHARS = 1_000_000;

    private static final Parser PARSER = Parser.builder().build();

    private final ImageLoader imageLoader;
    private final Executor parseExecutor;
    private final BooleanProperty imagesAllowed = new SimpleBooleanProperty(this, "imagesAllowed", false);
    private final ObjectProperty<Consumer<String>> onLinkClicked = new SimpleObjectProperty<>(this, "onLinkClicked");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering", false);
    private final AtomicLong generation = new AtomicLong();
    private final List<ImageBox> imageBoxes = new ArrayList<>();
    private final MarkdownRenderer renderer;
    private final Button showMore = new Button();
    private final Tooltip linkTip = new Tooltip();
    private ContextMenu menu;

    private String markdown = "";
    private Node document;
    private List<Unit> units = List.of();
    private int nextUnit;
    private Map<String, ImageSource> sourcesByUrl = Map.of();
    private Map<String, ImageSource> sourcesByCaption = Map.of();
    /** See {@link #shownReadyMade()}. */
    private boolean shownReadyMade;

    /** Result of parsing a body: its tree and units, or why it could not be parsed; whether it was cut. */
    private record Parsed(Node document, List<Unit> units, Throwable failure, boolean cut) {
    }

    /** Images load with JavaFX's background loading; long bodies parse on a shared daemon thread. */
    public MarkdownView() {
        this(ImageLoader.background(), ParserThread.EXECUTOR);
    }

    /**
     * @param imageLoader   fetches an allowed image (see {@link ImageLoader})
     * @param parseExecutor parses bodies longer than {@link #INLINE_PARSE_CHARS}; must not be the FX thread
     */
    public MarkdownView(ImageLoader imageLoader, Executor parseExecutor) {
        this.imageLoader = Objects.requireNonNull(imageLoader);
        this.parseExecutor = Objects.requireNonNull(parseExecutor);
        getStyleClass().add("markdown-view");
        DraftStyles.apply(this);
        setMinWidth(0);
        renderer = new MarkdownRenderer(new MarkdownRenderer.Context() {
            @Override
            public void link(Text run, String url, String title) {
                makeLink(run, url, title);
            }

            @Override
            public ImageBox image(String url, String caption, String title) {
                return imageBox(url, caption, title);
            }
        });
        showMore.getStyleClass().add("md-show-more");
        showMore.setId("showMore");
        showMore.setOnAction(event -> showNextPage());
        linkTip.setShowDelay(Duration.millis(400));
        linkTip.setWrapText(true);
        linkTip.setMaxWidth(600);
        imagesAllowed.addListener((obs, was, allowed) -> imageBoxes.forEach(box -> box.setAllowed(allowed)));
        setOnContextMenuRequested(this::showContextMenu);
    }

    // ---- API ----------------------------------------------------------------------------------

    /** Shows the draft's body, its images matched against its {@code image_sources}. */
    public void show(Draft draft) {
        if (draft == null) {
            clear();
            return;
        }
        showMarkdown(draft.body(), draft.imageSources());
    }

    /** Shows a Markdown body; {@code imageSources} (may be null) name where its images come from. */
    public void showMarkdown(String body, List<ImageSource> imageSources) {
        long current = reset();
        DraftStyles.apply(this);
        shownReadyMade = false;
        markdown = body == null ? "" : body;
        Sources sources = Sources.of(imageSources);
        sourcesByUrl = sources.byUrl();
        sourcesByCaption = sources.byCaption();
        if (markdown.length() <= INLINE_PARSE_CHARS) {
            display(parse(markdown));
            return;
        }
        rendering.set(true);
        Label notice = notice(String.format(Locale.ROOT, "Rendering the body (%s)\u2026", size(markdown.length())));
        getChildren().add(notice);
        String text = markdown;
        parseExecutor.execute(() -> {
            if (generation.get() != current) {
                return; // the editor has moved on before this body's turn came
            }
            Parsed parsed = parse(text);
            Platform.runLater(() -> {
                if (generation.get() == current) {
                    rendering.set(false);
                    getChildren().remove(notice);
                    display(parsed);
                }
            });
        });
    }

    /**
     * A body parsed and its first page of nodes built, off the FX thread (the read-ahead draft's,
     * see {@link #prepare}): showing it on the FX thread only puts the nodes in, so what is left
     * there is their CSS and layout. The nodes belong to the view that prepared them, once.
     */
    public static final class Prepared {
        private final String markdown;
        private final Sources sources;
        private final Parsed parsed;
        private final List<javafx.scene.Node> page = new ArrayList<>();
        private final List<ImageBox> boxes = new ArrayList<>();
        private int nextUnit;

        private Prepared(String markdown, Sources sources, Parsed parsed) {
            this.markdown = markdown;
            this.sources = sources;
            this.parsed = parsed;
        }

        /** Whether this is the given body (a draft read again may have changed since it was prepared). */
        public boolean isOf(Draft draft) {
            return draft != null && markdown.equals(draft.body() == null ? "" : draft.body());
        }
    }

    /**
     * Parses a draft's body and builds its first page of nodes, for {@link #show(Prepared)} later;
     * for any thread but meant for a background one (JavaFX lets nodes be made off its thread while
     * they are in no scene). Null for a body too long to render at once: {@link #show(Draft)} then
     * parses it on the shared parsing thread as before.
     */
    public Prepared prepare(Draft draft) {
        String body = draft == null || draft.body() == null ? "" : draft.body();
        if (body.length() > INLINE_PARSE_CHARS) {
            return null;
        }
        Sources sources = Sources.of(draft == null ? null : draft.imageSources());
        Parsed parsed = parse(body);
        Prepared prepared = new Prepared(body, sources, parsed);
        if (parsed.failure() == null && !parsed.cut()) {
            // a renderer of its own: the view's is the FX thread's
            MarkdownRenderer offThread = new MarkdownRenderer(new MarkdownRenderer.Context() {
                @Override
                public void link(Text run, String url, String title) {
                    makeLink(run, url, title);
                }

                @Override
                public ImageBox image(String url, String caption, String title) {
                    ImageBox box = new ImageBox(url, caption, title, sources.of(url, caption), imageLoader);
                    prepared.boxes.add(box);
                    return box;
                }
            });
            prepared.nextUnit = renderPage(offThread, parsed.units(), 0, prepared.page);
        }
        return prepared;
    }

    /** Shows a body {@link #prepare}d before (on the FX thread): its nodes go in as they were built. */
    public void show(Prepared prepared) {
        reset();
        DraftStyles.apply(this);
        markdown = prepared.markdown;
        sourcesByUrl = prepared.sources.byUrl();
        sourcesByCaption = prepared.sources.byCaption();
        if (prepared.parsed.failure() != null || prepared.parsed.cut()) {
            display(prepared.parsed);
            shownReadyMade = false;
            return;
        }
        document = prepared.parsed.document();
        units = prepared.parsed.units();
        nextUnit = prepared.nextUnit;
        imageBoxes.addAll(prepared.boxes);
        if (imagesAllowed.get()) {
            prepared.boxes.forEach(box -> box.setAllowed(true));
        }
        getChildren().addAll(prepared.page);
        offerMore();
        shownReadyMade = true;
    }

    /** Whether the body shown came from {@link #prepare}, its nodes built off the FX thread. */
    public boolean shownReadyMade() {
        return shownReadyMade;
    }

    /** Shows nothing; stops loading images and forgets a parse still running. */
    public void clear() {
        reset();
    }

    /** Whether images may be fetched; bind it to the desk's "Load images" toggle. Off by default. */
    public BooleanProperty imagesAllowedProperty() {
        return imagesAllowed;
    }

    public boolean isImagesAllowed() {
        return imagesAllowed.get();
    }

    public void setImagesAllowed(boolean allowed) {
        imagesAllowed.set(allowed);
    }

    /** Called with a link's address when the editor clicks the link; nothing else happens on a click. */
    public ObjectProperty<Consumer<String>> onLinkClickedProperty() {
        return onLinkClicked;
    }

    public Consumer<String> getOnLinkClicked() {
        return onLinkClicked.get();
    }

    public void setOnLinkClicked(Consumer<String> handler) {
        onLinkClicked.set(handler);
    }

    /**
     * Whether an address is an absolute {@code http} or {@code https} one: what the desk should
     * check before it opens a clicked link (a body's links may be {@code javascript:}, {@code file:}
     * or anything else). Images are fetched only from such addresses.
     */
    public static boolean isWebAddress(String url) {
        return url != null && ImageBox.isWebAddress(url);
    }

    /** True while a long body is parsed in the background. */
    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    /** The Markdown source shown. */
    public String markdown() {
        return markdown;
    }

    /**
     * The body's text, as "Copy text" copies it: every block, also those not shown yet, of the
     * first {@link #RENDER_CHARS} characters.
     */
    public String plainText() {
        return document == null ? markdown : PlainText.of(document);
    }

    // ---- rendering ----------------------------------------------------------------------------

    private long reset() {
        long current = generation.incrementAndGet();
        imageBoxes.forEach(ImageBox::dispose);
        imageBoxes.clear();
        getChildren().clear();
        rendering.set(false);
        document = null;
        units = List.of();
        nextUnit = 0;
        markdown = "";
        return current;
    }

    private static Parsed parse(String markdown) {
        String rendered = markdown;
        if (markdown.length() > RENDER_CHARS) {
            int blankLine = markdown.lastIndexOf("\n\n", RENDER_CHARS);
            rendered = markdown.substring(0, blankLine > RENDER_CHARS / 2 ? blankLine : RENDER_CHARS);
        }
        boolean cut = rendered.length() < markdown.length();
        try {
            Node document = PARSER.parse(ParagraphBound.apply(rendered));
            return new Parsed(document, Unit.of(document), null, cut);
        } catch (RuntimeException | StackOverflowError e) {
            return new Parsed(null, List.of(), e, cut);
        }
    }

    private void display(Parsed parsed) {
        if (parsed.failure() != null) {
            getChildren().add(notice("This body could not be read as Markdown; it is shown as plain text."));
            Text text = new Text(markdown.length() > PAGE_CHARS ? markdown.substring(0, PAGE_CHARS) + "\u2026" : markdown);
            text.getStyleClass().addAll("md-text", "md-mono");
            javafx.scene.text.TextFlow flow = new javafx.scene.text.TextFlow(text);
            flow.getStyleClass().add("md-code");
            getChildren().add(flow);
            return;
        }
        if (parsed.cut()) {
            getChildren().add(notice(String.format(Locale.ROOT, "This body is %s long; only its first %s are"
                    + " rendered. \u201cCopy Markdown source\u201d in the context menu copies all of it.",
                    size(markdown.length()), size(RENDER_CHARS))));
        }
        document = parsed.document();
        units = parsed.units();
        nextUnit = 0;
        showNextPage();
    }

    /** Renders the next page of blocks, then offers the rest behind "Show more". */
    private void showNextPage() {
        getChildren().remove(showMore);
        List<javafx.scene.Node> page = new ArrayList<>();
        nextUnit = renderPage(renderer, units, nextUnit, page);
        getChildren().addAll(page);
        offerMore();
    }

    /** Offers the blocks not shown yet behind "Show more". */
    private void offerMore() {
        int left = units.size() - nextUnit;
        if (left > 0) {
            showMore.setText(String.format(Locale.ROOT, "Show more (%,d more %s)", left, left == 1 ? "block" : "blocks"));
            getChildren().add(showMore);
        }
    }

    /**
     * Renders a page of blocks from unit {@code from} into {@code page} (with a notice under a block
     * cut short); returns the first unit not rendered. Touches no state of the view: a prepare off
     * the FX thread runs it with a renderer of its own.
     */
    private static int renderPage(MarkdownRenderer renderer, List<Unit> units, int from, List<javafx.scene.Node> page) {
        Budget budget = new Budget(PAGE_CHARS, PAGE_NODES);
        int next = from;
        int rendered = 0;
        while (next < units.size() && (rendered == 0 || (rendered < PAGE_UNITS && !budget.exhausted()))) {
            Budget unit = new Budget(PAGE_CHARS, PAGE_NODES);
            javafx.scene.Node node = renderer.render(units.get(next), unit);
            budget.charge(unit, PAGE_CHARS, PAGE_NODES);
            next++;
            rendered++;
            if (node != null) {
                page.add(node);
            }
            if (renderer.truncated()) {
                page.add(noticeLabel("This block is too long to show in full. \u201cCopy Markdown source\u201d"
                        + " in the context menu copies all of it."));
            }
        }
        return next;
    }

    private Label notice(String text) {
        return noticeLabel(text);
    }

    private static Label noticeLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("md-notice");
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    private static String size(int chars) {
        return chars >= 1_000_000 ? String.format(Locale.ROOT, "%.1f M characters", chars / 1e6)
                : String.format(Locale.ROOT, "%,d characters", chars);
    }

    // ---- images and links ---------------------------------------------------------------------

    /** A body's image sources by address and by caption, as its images are matched to them. */
    private record Sources(Map<String, ImageSource> byUrl, Map<String, ImageSource> byCaption) {
        static Sources of(List<ImageSource> sources) {
            Map<String, ImageSource> byUrl = new HashMap<>();
            Map<String, ImageSource> byCaption = new HashMap<>();
            if (sources != null) {
                for (ImageSource source : sources) {
                    if (source == null) {
                        continue;
                    }
                    if (source.url() != null && !source.url().isBlank()) {
                        byUrl.putIfAbsent(source.url().strip(), source);
                    }
                    if (source.caption() != null && !source.caption().isBlank()) {
                        byCaption.putIfAbsent(captionKey(source.caption()), source);
                    }
                }
            }
            return new Sources(byUrl, byCaption);
        }

        ImageSource of(String url, String caption) {
            ImageSource found = url == null ? null : byUrl.get(url.strip());
            if (found != null) {
                return found;
            }
            return caption == null || caption.isBlank() ? null : byCaption.get(captionKey(caption));
        }
    }

    private static String captionKey(String caption) {
        return caption.strip().toLowerCase(Locale.ROOT);
    }

    private ImageSource sourceOf(String url, String caption) {
        return new Sources(sourcesByUrl, sourcesByCaption).of(url, caption);
    }

    private ImageBox imageBox(String url, String caption, String title) {
        ImageBox box = new ImageBox(url, caption, title, sourceOf(url, caption), imageLoader);
        imageBoxes.add(box);
        if (imagesAllowed.get()) {
            box.setAllowed(true);
        }
        return box;
    }

    private void makeLink(Text run, String url, String title) {
        String address = url == null ? "" : url;
        run.getProperties().put(MarkdownRenderer.LINK_URL, address);
        run.setCursor(Cursor.HAND);
        run.setOnMouseEntered(event -> linkTip.setText(
                title == null || title.isBlank() ? address : title + "\n" + address));
        Tooltip.install(run, linkTip);
        run.setOnMouseClicked(event -> {
            if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
                return;
            }
            event.consume();
            Consumer<String> handler = onLinkClicked.get();
            if (handler != null) {
                handler.accept(address);
            }
        });
    }

    // ---- copying ------------------------------------------------------------------------------

    private void showContextMenu(ContextMenuEvent event) {
        if (menu != null) {
            menu.hide();
        }
        menu = contextMenu(event.getPickResult().getIntersectedNode());
        menu.show(this, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    /** The context menu for a right click on {@code target}. */
    ContextMenu contextMenu(javafx.scene.Node target) {
        List<MenuItem> items = new ArrayList<>();
        String link = null;
        String image = null;
        Node block = null;
        for (javafx.scene.Node node = target; node != null && node != this; node = node.getParent()) {
            if (link == null && node.getProperties().get(MarkdownRenderer.LINK_URL) instanceof String url) {
                link = url;
            }
            if (image == null && node.getProperties().get(MarkdownRenderer.IMAGE_URL) instanceof String url) {
                image = url;
            }
            if (block == null && node.getProperties().get(MarkdownRenderer.BLOCK_SOURCE) instanceof Node source) {
                block = source;
            }
        }
        if (link != null) {
            items.add(item("Copy link address", "copyLink", link));
        }
        if (image != null) {
            items.add(item("Copy image address", "copyImage", image));
        }
        if (block != null) {
            Node source = block;
            MenuItem copyBlock = new MenuItem("Copy this block");
            copyBlock.setId("copyBlock");
            copyBlock.setOnAction(e -> copy(PlainText.of(source)));
            items.add(copyBlock);
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        MenuItem copyText = new MenuItem("Copy text");
        copyText.setId("copyText");
        copyText.setOnAction(e -> copy(plainText()));
        items.add(copyText);
        items.add(item("Copy Markdown source", "copyMarkdown", markdown));
        ContextMenu contextMenu = new ContextMenu(items.toArray(MenuItem[]::new));
        contextMenu.setId("markdownMenu");
        return contextMenu;
    }

    private static MenuItem item(String text, String id, String copied) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> copy(copied));
        return item;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    // ---- for tests ----------------------------------------------------------------------------

    int unitCount() {
        return units.size();
    }

    int unitsShown() {
        return nextUnit;
    }

    List<ImageBox> imageBoxes() {
        return List.copyOf(imageBoxes);
    }

    /** The parsing thread every view shares: one daemon, so huge bodies queue rather than pile up. */
    private static final class ParserThread {
        static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "copydesk-markdown");
            thread.setDaemon(true);
            return thread;
        });
    }
}
