package com.copydesk.rules;

import com.copydesk.model.ParagraphBound;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
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
     * The window's parser (same settings, so the same tree) with source positions, so that a
     * finding can say on which line it found something.
     */
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** An image of the body: {@code ![caption](url)}. */
    public record BodyImage(String caption, String url) {
    }

    /** Raw HTML the renderer passes on as HTML (a block or an inline tag), with the line it starts on. */
    public record HtmlAt(String html, int line) {
    }

    /** Where a link or an image of the body points, as the renderer reads it, with its line. */
    public record UrlAt(String url, int line) {
    }

    private int words;
    private int proseParagraphs;
    private final List<String> sections = new ArrayList<>();
    private final Map<String, List<String>> itemsBySection = new LinkedHashMap<>();
    private final List<BodyImage> images = new ArrayList<>();
    private final List<String> linkUrls = new ArrayList<>();
    private final List<String> html = new ArrayList<>();
    private final List<HtmlAt> htmlAt = new ArrayList<>();
    private final List<UrlAt> urlsAt = new ArrayList<>();
    private final List<HtmlAt> tagsInText = new ArrayList<>();

    private BodyFacts() {
    }

    public static BodyFacts of(String body) {
        BodyFacts facts = new BodyFacts();
        String source = body == null ? "" : ParagraphBound.apply(body);
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

    public List<String> linkUrls() {
        return linkUrls;
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

    /** Every link's and image's destination (entities and escapes decoded, as the renderer does). */
    public List<UrlAt> urlsAt() {
        return urlsAt;
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

    /** The 1-based line a node starts on, or 0 if the parser did not say. */
    private static int lineOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            List<SourceSpan> spans = at.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }

    private final class Visitor extends AbstractVisitor {
        private final String source;
        private String section = "";

        Visitor(String source) {
            this.source = source;
        }

        @Override
        public void visit(Text text) {
            if (text.getLiteral().indexOf('<') < 0) {
                return;
            }
            for (SourceSpan span : text.getSourceSpans()) {
                int end = Math.min(source.length(), span.getInputIndex() + span.getLength());
                String written = source.substring(Math.min(span.getInputIndex(), end), end);
                if (hasUnescapedTagStart(written)) {
                    tagsInText.add(new HtmlAt(written.replace("\\<", "\\&lt;"), span.getLineIndex() + 1));
                }
            }
        }

        @Override
        public void visit(Heading heading) {
            section = text(heading).strip();
            sections.add(section);
            words += countWords(section);
            visitChildren(heading); // a heading's links and inline HTML are the body's too
        }

        @Override
        public void visit(Paragraph paragraph) {
            String text = text(paragraph);
            words += countWords(text);
            if (!text.isBlank() && !(paragraph.getParent() instanceof ListItem)) {
                proseParagraphs++;
            }
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
            urlsAt.add(new UrlAt(image.getDestination(), lineOf(image)));
        }

        @Override
        public void visit(Link link) {
            linkUrls.add(link.getDestination());
            urlsAt.add(new UrlAt(link.getDestination(), lineOf(link)));
            visitChildren(link);
        }

        @Override
        public void visit(HtmlBlock block) {
            html.add(block.getLiteral());
            htmlAt.add(new HtmlAt(block.getLiteral(), lineOf(block)));
        }

        @Override
        public void visit(HtmlInline inline) {
            html.add(inline.getLiteral());
            htmlAt.add(new HtmlAt(inline.getLiteral(), lineOf(inline)));
        }

        @Override
        public void visit(FencedCodeBlock code) {
            words += countWords(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            words += countWords(code.getLiteral());
        }
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

    private static boolean hasUnescapedTagStart(String written) {
        for (int i = written.indexOf('<'); i >= 0 && i + 1 < written.length(); i = written.indexOf('<', i + 1)) {
            char next = written.charAt(i + 1);
            if ((i == 0 || written.charAt(i - 1) != '\\') && ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'))) {
                return true;
            }
        }
        return false;
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
