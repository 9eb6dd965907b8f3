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
    private static final Parser PARSER = Parser.builder().build();

    /** An image of the body: {@code ![caption](url)}. */
    public record BodyImage(String caption, String url) {
    }

    private int words;
    private int proseParagraphs;
    private final List<String> sections = new ArrayList<>();
    private final Map<String, List<String>> itemsBySection = new LinkedHashMap<>();
    private final List<BodyImage> images = new ArrayList<>();
    private final List<String> linkUrls = new ArrayList<>();
    private final List<String> html = new ArrayList<>();

    private BodyFacts() {
    }

    public static BodyFacts of(String body) {
        BodyFacts facts = new BodyFacts();
        Node document = PARSER.parse(body == null ? "" : ParagraphBound.apply(body));
        document.accept(facts.new Visitor());
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

    private final class Visitor extends AbstractVisitor {
        private String section = "";

        @Override
        public void visit(Heading heading) {
            section = text(heading).strip();
            sections.add(section);
            words += countWords(section);
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
        }

        @Override
        public void visit(Link link) {
            linkUrls.add(link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(HtmlBlock block) {
            html.add(block.getLiteral());
        }

        @Override
        public void visit(HtmlInline inline) {
            html.add(inline.getLiteral());
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
