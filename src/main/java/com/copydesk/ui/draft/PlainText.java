package com.copydesk.ui.draft;

import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The text of a parsed Markdown tree as an editor would copy it: paragraphs apart by a blank
 * line, list items with their bullet or number, images as {@code [image: caption]}, raw HTML as
 * the characters it is. Walks the tree without recursion, so a body nested millions of levels
 * deep (5 MB of {@code >}) cannot overflow the stack; stops at {@code limit} characters.
 */
final class PlainText {
    private final StringBuilder out = new StringBuilder();
    private final Deque<int[]> numbers = new ArrayDeque<>();
    private final int limit;
    private final boolean markup;

    private PlainText(int limit, boolean markup) {
        this.limit = limit;
        this.markup = markup;
    }

    static String of(Node root) {
        return of(root, Integer.MAX_VALUE);
    }

    /** The text of a node's children, without what the node itself adds (an image's alt text, say). */
    static String ofChildren(Node parent, int limit) {
        PlainText text = new PlainText(limit, true);
        for (Node child = parent.getFirstChild(); child != null && text.out.length() < limit; child = child.getNext()) {
            text.walk(child);
        }
        if (text.out.length() > limit) {
            text.out.setLength(limit);
        }
        return text.out.toString().strip();
    }

    /** At most about {@code limit} characters. */
    static String of(Node root, int limit) {
        return of(root, limit, true);
    }

    /** Just the words and lines, without bullets, numbers or blank lines: a block too deep to lay out. */
    static String bare(Node root, int limit) {
        return of(root, limit, false);
    }

    private static String of(Node root, int limit, boolean markup) {
        PlainText text = new PlainText(limit, markup);
        text.walk(root);
        return text.out.toString().strip();
    }

    private void walk(Node root) {
        Node current = root;
        while (true) {
            boolean descend = enter(current);
            if (descend && current.getFirstChild() != null) {
                current = current.getFirstChild();
                continue;
            }
            while (true) {
                leave(current);
                if (current == root || out.length() >= limit) {
                    if (out.length() > limit) {
                        out.setLength(limit);
                    }
                    return;
                }
                if (current.getNext() != null) {
                    current = current.getNext();
                    break;
                }
                current = current.getParent();
            }
        }
    }

    /** Writes what comes before the node's children; false when it has none worth visiting. */
    private boolean enter(Node node) {
        if (node instanceof Text text) {
            out.append(text.getLiteral());
        } else if (node instanceof Code code) {
            out.append(code.getLiteral());
        } else if (node instanceof HtmlInline html) {
            out.append(html.getLiteral());
        } else if (node instanceof SoftLineBreak) {
            out.append(' ');
        } else if (node instanceof HardLineBreak) {
            out.append('\n');
        } else if (node instanceof Image) {
            out.append("[image: ");
        } else if (node instanceof ListBlock list) {
            if (numbers.isEmpty()) {
                blockStart();
            }
            numbers.push(new int[] {list instanceof OrderedList ordered ? start(ordered) : -1});
        } else if (node instanceof ListItem && !markup) {
            lineStart();
        } else if (node instanceof ListItem) {
            lineStart();
            int[] number = numbers.peek();
            out.append("  ".repeat(Math.max(0, Math.min(numbers.size() - 1, 8))));
            if (number == null || number[0] < 0) {
                out.append("\u2022 ");
            } else {
                out.append(number[0]++).append(". ");
            }
        } else if (node instanceof FencedCodeBlock code) {
            blockStart();
            out.append(code.getLiteral());
            return false;
        } else if (node instanceof IndentedCodeBlock code) {
            blockStart();
            out.append(code.getLiteral());
            return false;
        } else if (node instanceof HtmlBlock html) {
            blockStart();
            out.append(html.getLiteral());
            return false;
        } else if (node instanceof ThematicBreak && markup) {
            blockStart();
            out.append("\u2014\u2014\u2014");
        } else if (node instanceof LinkReferenceDefinition) {
            return false;
        } else if (node instanceof Paragraph || node instanceof Heading) {
            if (!(node.getParent() instanceof ListItem && node.getPrevious() == null)) {
                blockStart();
            }
        }
        return true;
    }

    private void leave(Node node) {
        if (node instanceof Image) {
            out.append(']');
        } else if (node instanceof ListBlock) {
            numbers.pop();
            blockEnd();
        } else if (node instanceof Block && !(node instanceof ListItem)) {
            lineStart();
        }
    }

    static int start(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        return start == null ? 1 : start;
    }

    /** A block begins: on a new line, after a blank line unless it is inside a list. */
    private void blockStart() {
        if (out.length() == 0) {
            return;
        }
        lineStart();
        if (markup && !insideList() && !endsWith("\n\n")) {
            out.append('\n');
        }
    }

    private void blockEnd() {
        lineStart();
    }

    private boolean insideList() {
        return !numbers.isEmpty();
    }

    private void lineStart() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private boolean endsWith(String suffix) {
        int length = out.length();
        return length >= suffix.length() && out.substring(length - suffix.length()).equals(suffix);
    }
}
