package com.copydesk.ui.draft;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns parsed Markdown into JavaFX nodes, within a {@link Budget}: headings and paragraphs are
 * {@link TextFlow}s of {@link javafx.scene.text.Text} runs, lists are rows of marker and content,
 * code and raw HTML are literal monospace text. Nothing in a body is interpreted beyond
 * CommonMark: HTML is characters, links only call back, images are {@link ImageBox}es.
 * Blocks nested deeper than {@link #MAX_DEPTH} are shown as their plain text, so the renderer's
 * recursion is bounded whatever the body.
 */
final class MarkdownRenderer {
    static final int MAX_DEPTH = 12;
    static final int MAX_INLINE_DEPTH = 24;
    static final String BLOCK_SOURCE = "md.block";
    static final String LINK_URL = "md.link";
    static final String IMAGE_URL = "md.image";

    /** What the renderer needs from its view. */
    interface Context {
        /** A run of link text: make it a link to {@code url}. */
        void link(javafx.scene.text.Text run, String url, String title);

        /** An image placeholder for the body's image. */
        ImageBox image(String url, String caption, String title);
    }

    private final Context context;
    private Budget budget;
    private boolean truncated;

    MarkdownRenderer(Context context) {
        this.context = context;
    }

    /** Renders one unit; {@link #truncated()} tells whether the budget cut it short. */
    javafx.scene.Node render(Unit unit, Budget unitBudget) {
        this.budget = unitBudget;
        this.truncated = false;
        javafx.scene.Node node;
        if (unit.isListRun()) {
            node = list((ListBlock) unit.block(), unit.firstItem(), unit.items(), unit.firstIndex(), 0);
        } else {
            node = block(unit.block(), 0);
        }
        if (node != null) {
            node.getProperties().put(BLOCK_SOURCE, unit.block());
        }
        return node;
    }

    boolean truncated() {
        return truncated;
    }

    private javafx.scene.Node block(Node block, int depth) {
        budget.takeNode();
        if (depth > MAX_DEPTH) {
            return flattened(block);
        }
        if (block instanceof Paragraph paragraph) {
            return paragraph(paragraph);
        } else if (block instanceof Heading heading) {
            return inlineBlock(heading, "md-heading", "md-h" + Math.max(1, Math.min(6, heading.getLevel())));
        } else if (block instanceof ListBlock list) {
            return list(list, (ListItem) list.getFirstChild(), Integer.MAX_VALUE, 0, depth);
        } else if (block instanceof FencedCodeBlock code) {
            return code(code.getLiteral(), code.getInfo());
        } else if (block instanceof IndentedCodeBlock code) {
            return code(code.getLiteral(), null);
        } else if (block instanceof BlockQuote quote) {
            VBox box = blocks(quote, depth + 1);
            box.getStyleClass().add("md-blockquote");
            return box;
        } else if (block instanceof ThematicBreak) {
            Region rule = new Region();
            rule.getStyleClass().add("md-hr");
            return rule;
        } else if (block instanceof HtmlBlock html) {
            return html(html.getLiteral());
        } else if (block instanceof LinkReferenceDefinition) {
            return null;
        }
        return flattened(block);
    }

    /** The children of a container block, one under the other, until the budget runs out. */
    private VBox blocks(Node parent, int depth) {
        VBox box = new VBox();
        box.getStyleClass().add("md-blocks");
        box.setMinWidth(0);
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (budget.exhausted()) {
                truncated = true;
                break;
            }
            javafx.scene.Node node = block(child, depth);
            if (node != null) {
                box.getChildren().add(node);
            }
        }
        return box;
    }

    /**
     * A paragraph: its text as flows, and each image standing in it as a box of its own, in the
     * order they come. An image nested in a link or emphasis is marked in the text, its box
     * following the flow.
     */
    private javafx.scene.Node paragraph(Paragraph paragraph) {
        List<javafx.scene.Node> parts = new ArrayList<>();
        TextFlow flow = null;
        Runs runs = null;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (budget.exhausted()) {
                truncated = true;
                break;
            }
            if (child instanceof Image image) {
                closeFlow(flow, runs, parts);
                flow = null;
                runs = null;
                parts.add(image(image));
            } else if (flow == null && (child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || child instanceof Text text && text.getLiteral().isBlank())) {
                continue;
            } else {
                if (flow == null) {
                    flow = flow("md-paragraph");
                    runs = new Runs(flow);
                }
                inline(child, runs, Style.PLAIN, 0);
            }
        }
        closeFlow(flow, runs, parts);
        return parts(parts, "md-paragraph-parts");
    }

    private void closeFlow(TextFlow flow, Runs runs, List<javafx.scene.Node> parts) {
        if (flow == null) {
            return;
        }
        runs.flush();
        parts.add(flow);
        for (Image image : runs.images) {
            parts.add(image(image));
        }
    }

    private static javafx.scene.Node parts(List<javafx.scene.Node> parts, String styleClass) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        VBox box = new VBox();
        box.getStyleClass().add(styleClass);
        box.setMinWidth(0);
        box.getChildren().setAll(parts);
        return box;
    }

    /** A heading or other block of inlines, with the boxes of any images it holds after it. */
    private javafx.scene.Node inlineBlock(Node parent, String... styleClasses) {
        TextFlow flow = flow(styleClasses);
        Runs runs = new Runs(flow);
        inlines(parent, runs, Style.PLAIN, 0);
        List<javafx.scene.Node> parts = new ArrayList<>();
        closeFlow(flow, runs, parts);
        return parts(parts, "md-heading-parts");
    }

    private ImageBox image(Image image) {
        budget.takeNode();
        return context.image(image.getDestination(), PlainText.ofChildren(image, 2_000), image.getTitle());
    }

    /**
     * A list as one box of rows: an item is its marker beside its first paragraph, its further
     * blocks below, indented; a nested list's items are rows of the same box, indented further.
     * Keeping nested lists flat keeps layout cheap: JavaFX asks nested boxes for their sizes again
     * at every level, which grows exponentially with the nesting of rows in rows.
     */
    private javafx.scene.Node list(ListBlock list, ListItem first, int count, int firstIndex, int depth) {
        VBox box = new VBox();
        box.getStyleClass().addAll("md-list", list instanceof OrderedList ? "md-ordered-list" : "md-bullet-list",
                list.isTight() ? "md-tight" : "md-loose");
        box.setMinWidth(0);
        listRows(box, list, first, count, firstIndex, depth, 0, 0);
        return box;
    }

    private void listRows(VBox box, ListBlock list, ListItem first, int count, int firstIndex, int depth, int level,
                          double indent) {
        boolean ordered = list instanceof OrderedList;
        long start = ordered ? PlainText.start((OrderedList) list) : 0;
        String delimiter = ordered && ")".equals(((OrderedList) list).getMarkerDelimiter()) ? ")" : ".";
        String bullet = switch (level % 3) {
            case 0 -> "\u2022";
            case 1 -> "\u25e6";
            default -> "\u25aa";
        };
        double width = markerWidth(ordered ? Long.toString(start + firstIndex + items(first, count) - 1).length() + 1 : 1);
        int index = firstIndex;
        int shown = 0;
        for (Node item = first; item != null && shown < count; item = item.getNext(), shown++, index++) {
            if (budget.exhausted()) {
                truncated = true;
                return;
            }
            budget.takeNode();
            Label marker = new Label(ordered ? (start + index) + delimiter : bullet);
            marker.getStyleClass().add("md-list-marker");
            marker.setMinWidth(width);
            marker.setPrefWidth(width);
            marker.setMaxWidth(width);
            Node rest = item.getFirstChild();
            HBox row = new HBox(marker);
            if (rest != null && !(rest instanceof ListBlock || rest instanceof BlockQuote)) {
                javafx.scene.Node content = block(rest, depth + 1);
                rest = rest.getNext();
                if (content != null) {
                    HBox.setHgrow(content, Priority.ALWAYS);
                    row.getChildren().add(content);
                }
            }
            row.getStyleClass().add("md-list-item");
            row.setAlignment(Pos.BASELINE_LEFT);
            row.setMinWidth(0);
            row.setPadding(new Insets(0, 0, 0, indent));
            row.getProperties().put(BLOCK_SOURCE, item);
            box.getChildren().add(row);
            for (Node child = rest; child != null; child = child.getNext()) {
                if (budget.exhausted()) {
                    truncated = true;
                    return;
                }
                if (child instanceof ListBlock nested && depth + 1 <= MAX_DEPTH) {
                    budget.takeNode();
                    listRows(box, nested, (ListItem) nested.getFirstChild(), Integer.MAX_VALUE, 0, depth + 1, level + 1,
                            indent + width);
                    continue;
                }
                javafx.scene.Node node = block(child, depth + 1);
                if (node != null) {
                    VBox continued = new VBox(node);
                    continued.getStyleClass().add("md-list-continued");
                    continued.setMinWidth(0);
                    continued.setPadding(new Insets(0, 0, 0, indent + width));
                    continued.getProperties().put(BLOCK_SOURCE, child);
                    box.getChildren().add(continued);
                }
            }
        }
    }

    /** How many items from {@code first} on, at most {@code count}. */
    private static int items(Node first, int count) {
        int items = 0;
        for (Node item = first; item != null && items < count; item = item.getNext()) {
            items++;
        }
        return items;
    }

    /** The marker column's width for markers of {@code chars} characters, at the body's font size. */
    private static double markerWidth(int chars) {
        return Math.max(22, Math.ceil(8.5 * chars + 10));
    }

    private javafx.scene.Node code(String literal, String info) {
        VBox box = new VBox();
        box.getStyleClass().add("md-code-block");
        box.setMinWidth(0);
        String language = info == null ? "" : info.strip();
        if (!language.isEmpty()) {
            int space = language.indexOf(' ');
            Label label = new Label(space > 0 ? language.substring(0, space) : language);
            label.getStyleClass().add("md-code-info");
            box.getChildren().add(label);
        }
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        TextFlow flow = flow("md-code");
        addText(flow, text, "md-text", "md-mono");
        box.getChildren().add(flow);
        return box;
    }

    private javafx.scene.Node html(String literal) {
        VBox box = new VBox();
        box.getStyleClass().add("md-html-block");
        box.setMinWidth(0);
        Label label = new Label("HTML, shown as text");
        label.getStyleClass().add("md-html-label");
        TextFlow flow = flow("md-code");
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        addText(flow, text, "md-text", "md-mono", "md-html");
        box.getChildren().addAll(label, flow);
        return box;
    }

    /** A block nested too deep to lay out: its text, as one paragraph. */
    private javafx.scene.Node flattened(Node block) {
        TextFlow flow = flow("md-paragraph", "md-flattened");
        addText(flow, PlainText.bare(block, Math.max(0, budget.chars()) + 1), "md-text");
        return flow;
    }

    private TextFlow flow(String... styleClasses) {
        budget.takeNode();
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(styleClasses);
        flow.setMinWidth(0);
        return flow;
    }

    /** One run of literal text, cut to what the budget allows. */
    private void addText(TextFlow flow, String text, String... styleClasses) {
        int granted = budget.takeChars(text.length());
        if (granted < text.length()) {
            truncated = true;
            text = text.substring(0, granted) + "\u2026";
        }
        budget.takeNode();
        javafx.scene.text.Text run = new javafx.scene.text.Text(text);
        run.getStyleClass().addAll(styleClasses);
        flow.getChildren().add(run);
    }

    // ---- inlines ------------------------------------------------------------------------------

    /** The look of a run: emphasis, strong, code, HTML, inside a link. */
    private record Style(boolean em, boolean strong, boolean code, boolean html, Link link) {
        static final Style PLAIN = new Style(false, false, false, false, null);

        String[] classes() {
            List<String> classes = new ArrayList<>(4);
            classes.add("md-text");
            if (em) {
                classes.add("md-em");
            }
            if (strong) {
                classes.add("md-strong");
            }
            if (code) {
                classes.add("md-code-span");
                classes.add("md-mono");
            }
            if (html) {
                classes.add("md-html");
                classes.add("md-mono");
            }
            if (link != null) {
                classes.add("md-link");
            }
            return classes.toArray(String[]::new);
        }
    }

    /** Collects text of one style and writes it as one run when the style changes. */
    private final class Runs {
        private final TextFlow flow;
        private final StringBuilder pending = new StringBuilder();
        private final List<Image> images = new ArrayList<>();
        private Style style = Style.PLAIN;

        Runs(TextFlow flow) {
            this.flow = flow;
        }

        void text(String text, Style newStyle) {
            if (!newStyle.equals(style)) {
                flush();
                style = newStyle;
            }
            pending.append(text);
            if (pending.length() > budget.chars()) {
                flush();
            }
        }

        void flush() {
            if (pending.length() == 0) {
                return;
            }
            int before = flow.getChildren().size();
            addText(flow, pending.toString(), style.classes());
            pending.setLength(0);
            if (style.link() != null && flow.getChildren().size() > before) {
                javafx.scene.text.Text run = (javafx.scene.text.Text) flow.getChildren().get(before);
                context.link(run, style.link().getDestination(), style.link().getTitle());
            }
        }
    }

    private void inlines(Node parent, Runs runs, Style style, int depth) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (budget.exhausted()) {
                truncated = true;
                return;
            }
            inline(child, runs, style, depth);
        }
    }

    private void inline(Node child, Runs runs, Style style, int depth) {
        if (child instanceof Text text) {
            runs.text(text.getLiteral(), style);
        } else if (child instanceof SoftLineBreak) {
            runs.text(" ", style);
        } else if (child instanceof HardLineBreak) {
            runs.text("\n", style);
        } else if (child instanceof Code code) {
            runs.text(code.getLiteral(), new Style(style.em(), style.strong(), true, false, style.link()));
        } else if (child instanceof HtmlInline html) {
            runs.text(html.getLiteral(), new Style(false, false, false, true, style.link()));
        } else if (child instanceof Image image) {
            runs.text("[image: " + PlainText.ofChildren(image, 200) + "]", style);
            runs.images.add(image);
        } else if (depth >= MAX_INLINE_DEPTH) {
            runs.text(PlainText.bare(child, Math.max(0, budget.chars()) + 1), style);
        } else if (child instanceof Emphasis) {
            inlines(child, runs, new Style(true, style.strong(), style.code(), false, style.link()), depth + 1);
        } else if (child instanceof StrongEmphasis) {
            inlines(child, runs, new Style(style.em(), true, style.code(), false, style.link()), depth + 1);
        } else if (child instanceof Link link) {
            inlines(child, runs, new Style(style.em(), style.strong(), false, false, link), depth + 1);
        } else {
            inlines(child, runs, style, depth + 1);
        }
    }
}
