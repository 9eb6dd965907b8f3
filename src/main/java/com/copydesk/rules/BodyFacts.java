package com.copydesk.rules;

import com.copydesk.model.ParagraphBound;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A draft's body as the rules see it, analysed once with commonmark-java: its words, prose
 * paragraphs, sections, the list items under each section, images, links and raw HTML.
 */
public final class BodyFacts {
    /**
     * The window's parser (same settings, so the same tree) with the blocks' source positions, so
     * that a finding can say on which line it found something. Inline positions are counted by the
     * visitor from the line breaks instead: asking the parser for them made parsing a third slower.
     */
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /** An image of the body: {@code ![caption](url)}. */
    public record BodyImage(String caption, String url) {
    }

    /** Raw HTML the renderer passes on as HTML (a block or an inline tag), with the line it starts on. */
    public record HtmlAt(String html, int line) {
    }

    private int words;
    private int proseParagraphs;
    private final List<String> sections = new ArrayList<>();
    private final Map<String, List<String>> itemsBySection = new LinkedHashMap<>();
    private final List<BodyImage> images = new ArrayList<>();
    private final List<String> html = new ArrayList<>();
    private final List<HtmlAt> htmlAt = new ArrayList<>();
    private final List<HtmlAt> tagsInText = new ArrayList<>();
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<BodyLink> links = new ArrayList<>();
    /** Each block's prose as {@link Phrases#normalise} makes it, made on first use (immutable strings: a race only makes them twice). */
    private volatile String[] normalisedProse;

    /** What a block of the body is, as the content rules tell them apart. */
    public enum BlockKind {
        /** a paragraph outside lists (also one that holds only an image: its prose is empty) */
        PARAGRAPH,
        /** a paragraph inside a list item */
        ITEM,
        HEADING,
        /** a fenced or indented code block: code shown, never prose */
        CODE,
        /** raw HTML written as a block */
        HTML
    }

    /**
     * One block of the body in reading order.
     *
     * @param level  a heading's level (1 to 6), else 0
     * @param text   the block's text as read, code spans included; a code block's literal
     * @param prose  the text without code spans (each one a space) nor images: what the writer wrote as prose
     * @param line   the 1-based line of the body where the block starts
     * @param closed false only for a fenced code block whose closing fence is missing, or which holds
     *               a line opening another fence ("```sql" inside a ``` block): the sign that a fence
     *               before it was never closed and swallowed the next block
     * @param endsWithLink whether a paragraph's last element is a link or an image ("More: [the guide](…)")
     */
    public record TextBlock(BlockKind kind, int level, String text, String prose, int line, boolean closed, boolean endsWithLink) {
        public boolean isProse() {
            return kind == BlockKind.PARAGRAPH || kind == BlockKind.ITEM || kind == BlockKind.HEADING;
        }

        /** A GitHub table, which CommonMark reads as a paragraph of "|" lines: cells, not sentences. */
        public boolean isTable() {
            return kind == BlockKind.PARAGRAPH && text.startsWith("|");
        }
    }

    /** A link or image destination of the body (inline, reference or autolink) and the line it is on. */
    public record BodyLink(String url, int line, boolean image) {
    }


    private BodyFacts() {
    }

    public static BodyFacts of(String body) {
        BodyFacts facts = new BodyFacts();
        String source = body == null ? "" : ContainerFences.blank(ParagraphBound.apply(body));
        Node document = PARSER.parse(source);
        document.accept(facts.new Visitor(source));
        return facts;
    }

    /** Words a reader reads: text of paragraphs, headings and items; not URLs or markup. */
    public int words() {
        return words;
    }

    /** Paragraphs with text, not those holding only images. */
    public int proseParagraphs() {
        return proseParagraphs;
    }

    /** Headings of any level, in order. */
    public List<String> sections() {
        return sections;
    }

    /** The bullet and numbered items under a heading (matched case-insensitively), or null if none. */
    public List<String> itemsUnder(String heading) {
        return itemsBySection.get(heading.strip().toLowerCase(Locale.ROOT));
    }

    public List<BodyImage> images() {
        return images;
    }

    /** Raw HTML as written in the body, blocks and inline tags. */
    public List<String> html() {
        return html;
    }

    /**
     * Raw HTML outside code, each with its line: what a site that renders the body would run.
     * HTML shown in code spans and code blocks is text, and is not here.
     */
    public List<HtmlAt> htmlAt() {
        return htmlAt;
    }

    /**
     * Text written as a tag that CommonMark does not take for HTML ({@code <svg/onload=…>}: the
     * slash a browser accepts where CommonMark wants a space), as written, with its line. The
     * window shows it as characters, but a browser, or a Markdown renderer less strict than
     * CommonMark, reads a tag there. Text escaped to show a tag ({@code \<b>}, {@code &lt;b>})
     * is not here.
     */
    public List<HtmlAt> tagsInText() {
        return tagsInText;
    }

    /** Every block in reading order: paragraphs, list items' paragraphs, headings, code, HTML. */
    public List<TextBlock> blocks() {
        return blocks;
    }

    /**
     * The prose of block {@code index} of {@link #blocks()} as {@link Phrases#normalise} makes it
     * ("" for a block without prose): made once for the rules that read it for phrases.
     */
    public String normalisedProse(int index) {
        String[] made = normalisedProse;
        if (made == null) {
            made = new String[blocks.size()];
            for (int i = 0; i < made.length; i++) {
                TextBlock block = blocks.get(i);
                made[i] = block.isProse() ? Phrases.normalise(block.prose()) : "";
            }
            normalisedProse = made;
        }
        return made[index];
    }

    /**
     * Link and image destinations (inline, reference or autolink; entities and escapes decoded, as the
     * renderer reads them), in order, each with its line.
     */
    public List<BodyLink> links() {
        return links;
    }

    private final class Visitor extends AbstractVisitor {
        private final String source;
        private String section = "";
        /** The line the inline content being visited is on: its block's first line plus the breaks since. */
        private int line;
        /** Longer than any tag written by hand; what follows is the tag's text, not more of its attributes. */
        private static final int MOST_TAG = 2_000;
        /** The paragraph or heading being visited, as written. */
        private String written = "";
        /** Where in {@code written} the next tag is looked for: text nodes come in the order written. */
        private int writtenFrom;

        Visitor(String source) {
            this.source = source;
        }

        /** Enters a block of inline content: its first line, and its text as written. */
        private void enter(Node block) {
            line = lineOf(block);
            StringBuilder text = new StringBuilder();
            for (SourceSpan span : block.getSourceSpans()) {
                int end = Math.min(source.length(), span.getInputIndex() + span.getLength());
                text.append(source, Math.min(span.getInputIndex(), end), end).append('\n');
            }
            written = text.toString();
            writtenFrom = 0;
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            line++;
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            line++;
        }

        /**
         * Text that reads as a tag ({@code <x}) is kept if it is written so in the block, not
         * escaped ({@code \\<x}) or as an entity ({@code &lt;x}), which the parser turns into the
         * same text.
         */
        @Override
        public void visit(Text text) {
            String literal = text.getLiteral();
            int close = -1;
            for (int at = tagStart(literal, 0), next; at >= 0; at = tagStart(literal, next)) {
                next = at + 1;
                // the next '>' found once for all the tags before it, and a tag left open cut at
                // MOST_TAG: a body of "<a <a <a …" made each tag the rest of the text (quadratic)
                if (close < at && close != Integer.MAX_VALUE) {
                    close = literal.indexOf('>', at);
                    close = close < 0 ? Integer.MAX_VALUE : close;
                }
                int end = close == Integer.MAX_VALUE ? literal.length() : close + 1;
                String tag = literal.substring(at, Math.min(end, at + MOST_TAG));
                for (int i = written.indexOf(tag, writtenFrom); i >= 0; i = written.indexOf(tag, i + 1)) {
                    if (i == 0 || written.charAt(i - 1) != '\\') {
                        tagsInText.add(new HtmlAt(tag, line));
                        writtenFrom = i + 1;
                        // a tag with no '>' (left open, or cut at MOST_TAG) holds the '<'s after it as
                        // attributes, and is read with them: "<a <a <a …" made each of a megabyte's
                        // tags 2,000 characters to read again
                        if (!tag.endsWith(">")) {
                            next = at + tag.length();
                        }
                        break;
                    }
                }
            }
        }

        @Override
        public void visit(Heading heading) {
            enter(heading);
            section = text(heading).strip();
            sections.add(section);
            words += countWords(section);
            blocks.add(new TextBlock(BlockKind.HEADING, heading.getLevel(), section, prose(heading).strip(), lineOf(heading), true, false));
            visitChildren(heading); // a heading's links and inline HTML are the body's too
        }

        @Override
        public void visit(Paragraph paragraph) {
            enter(paragraph);
            String text = text(paragraph);
            if (isMdxComment(text) || isShortcode(text)) {
                // MDX's comment ({/* ... */}, as react.dev's pages hold notes to their authors) and a
                // Hugo shortcode alone: not words a reader reads; kept as markup the page holds, as HTML is
                blocks.add(new TextBlock(BlockKind.HTML, 0, text, "", lineOf(paragraph), true, false));
                return;
            }
            words += countWords(text);
            boolean item = paragraph.getParent() instanceof ListItem;
            if (!text.isBlank() && !item) {
                proseParagraphs++;
            }
            Node lastChild = paragraph.getLastChild();
            boolean endsWithLink = lastChild instanceof Link || lastChild instanceof Image;
            blocks.add(new TextBlock(item ? BlockKind.ITEM : BlockKind.PARAGRAPH, 0, text, prose(paragraph), lineOf(paragraph), true,
                    endsWithLink));
            visitChildren(paragraph);
        }

        @Override
        public void visit(BulletList list) {
            collectItems(list);
            visitChildren(list);
        }

        @Override
        public void visit(OrderedList list) {
            collectItems(list);
            visitChildren(list);
        }

        private void collectItems(Node list) {
            List<String> items = itemsBySection.computeIfAbsent(section.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                items.add(text(item).strip());
            }
        }

        @Override
        public void visit(Image image) {
            images.add(new BodyImage(text(image), image.getDestination()));
            links.add(new BodyLink(image.getDestination(), line, true));
            line += breaksIn(image); // its caption is not visited, but may run over lines
        }

        @Override
        public void visit(Link link) {
            links.add(new BodyLink(link.getDestination(), line, false));
            visitChildren(link);
        }

        @Override
        public void visit(HtmlBlock block) {
            html.add(block.getLiteral());
            htmlAt.add(new HtmlAt(block.getLiteral(), lineOf(block)));
            blocks.add(new TextBlock(BlockKind.HTML, 0, block.getLiteral(), "", lineOf(block), true, false));
        }

        @Override
        public void visit(HtmlInline inline) {
            html.add(inline.getLiteral());
            htmlAt.add(new HtmlAt(inline.getLiteral(), line));
            line += (int) inline.getLiteral().chars().filter(c -> c == '\n').count(); // a tag may run over lines
        }

        @Override
        public void visit(FencedCodeBlock code) {
            words += countWords(code.getLiteral());
            blocks.add(new TextBlock(BlockKind.CODE, 0, code.getLiteral(), "", lineOf(code),
                    code.getClosingFenceLength() != null && !holdsOpeningFence(code), false));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            words += countWords(code.getLiteral());
            blocks.add(new TextBlock(BlockKind.CODE, 0, code.getLiteral(), "", lineOf(code), true, false));
        }
    }

    /**
     * Whether a fenced block holds a line that opens a fence of its own kind and at least its length,
     * with an info string ("```sql" in a ``` block). Nested examples are written with a longer fence
     * (```` around ```), so this is an earlier fence left open.
     */
    private static boolean holdsOpeningFence(FencedCodeBlock code) {
        String literal = code.getLiteral();
        String fence = String.valueOf(code.getFenceCharacter() == null ? "`" : code.getFenceCharacter());
        int length = code.getOpeningFenceLength() == null ? 3 : code.getOpeningFenceLength();
        if (!literal.contains(fence.repeat(3))) {
            return false;
        }
        for (String line : literal.split("\n")) {
            String stripped = line.strip();
            int run = 0;
            while (run < stripped.length() && stripped.startsWith(fence, run)) {
                run++;
            }
            if (run >= length && run < stripped.length() && Character.isLetter(stripped.charAt(run))) {
                return true;
            }
        }
        return false;
    }

    /** The 1-based line where a node's block starts (an inline node: its enclosing block's). */
    private static int lineOf(Node node) {
        Node block = node;
        while (block != null && !(block instanceof Block && !block.getSourceSpans().isEmpty())) {
            block = block.getParent();
        }
        if (block == null) {
            return 1;
        }
        SourceSpan span = block.getSourceSpans().get(0);
        return span.getLineIndex() + 1;
    }

    /**
     * The prose of a block: its text with code spans as a space, images and raw HTML left out,
     * and line breaks kept as line breaks (a {@code ##Heading} line is told by its start).
     */
    /**
     * A paragraph that is one MDX comment: a brace and a slash, the note, a slash and a brace (the
     * stars inside may have been read as emphasis, so they are not required).
     */
    static boolean isMdxComment(String text) {
        String t = text.strip();
        return t.length() >= 4 && t.startsWith("{/") && t.endsWith("/}") && t.indexOf("/}") == t.length() - 2;
    }

    /**
     * A paragraph that is one Hugo shortcode alone ({@code {{< figure src="a.png" >}}},
     * {@code {{% note %}}}): markup the site expands, not words a reader reads.
     */
    static boolean isShortcode(String text) {
        String t = text.strip();
        return t.length() >= 6 && (t.startsWith("{{<") && t.endsWith(">}}") || t.startsWith("{{%") && t.endsWith("%}}"))
                && t.indexOf("}}") == t.length() - 2;
    }

    private static String prose(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(' ');
            }

            @Override
            public void visit(Image image) {
                // an image's caption is not prose
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append('\n');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append('\n');
            }
        });
        return text.toString();
    }

    /** The text of a node: its text and code, without images' captions and without markup. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(Image image) {
                if (image == node) {
                    visitChildren(image);
                }
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                visitChildren(paragraph);
            }
        });
        return text.toString();
    }

    /** Where {@code <} followed by a letter is, from {@code from} on, or -1. */
    private static int tagStart(String text, int from) {
        for (int i = text.indexOf('<', from); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            char next = text.charAt(i + 1);
            if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
                return i;
            }
        }
        return -1;
    }

    private static int breaksIn(Node node) {
        int[] breaks = {0};
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(SoftLineBreak lineBreak) {
                breaks[0]++;
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                breaks[0]++;
            }
        });
        return breaks[0];
    }

    static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter || (inWord && (text.charAt(i) == '\'' || text.charAt(i) == '-'));
        }
        return count;
    }
}
