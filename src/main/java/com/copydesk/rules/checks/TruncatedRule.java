package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.BodyFacts.BlockKind;
import com.copydesk.rules.BodyFacts.TextBlock;
import com.copydesk.rules.Phrases;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The body stops before it ends, as a generator cut off at its length limit leaves it: the last
 * prose paragraph has no closing punctuation or ends on a connective ("…and the."), it trails off
 * in "...", the last thing is a heading with nothing after it, or a code fence opened at the end
 * is never closed. A body may well end in a list, a code block, an image or a table, and a
 * closing line such as "Happy coding!" has its punctuation, so those are fine.
 */
public final class TruncatedRule implements Rule {
    public static final String ID = "truncated";
    public static final RuleScope SCOPE = RuleScope.CONTENT;

    /** A body shorter than this is not judged: too little to tell where it was meant to end. */
    private static final int MIN_WORDS = 20;

    private final Severity severity;
    private final Set<String> connectives;
    private final Set<String> itemEndings;

    /** Closing sections whose last line is a name or a list, not a sentence ("## License\n\nMIT"). */
    private static final java.util.regex.Pattern CLOSING_SECTION = java.util.regex.Pattern.compile(
            "(?i).*\\b(?:licen[cs]es?|copyright|credits?|authors?|contributors?|maintainers?|sponsors?|thanks|acknowledge?ments?"
                    + "|see also|related|links|references|resources|further reading)\\b.*");
    /** A short label line ("Returns: string", "Type: Boolean"): an API reference entry, not prose cut off. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "[A-Z][\\w-]*(?: [\\w-]+){0,2}:\\s*\\S+(?: \\S+)?");
    /** How much of the body's end is read for an HTML ending: its last lines and the link definitions after them. */
    private static final int TAIL_CHARS = 4000;
    /** A link reference definition ("[original-rule]: https://…"), which CommonMark keeps out of the text. */
    private static final java.util.regex.Pattern LINK_DEFINITION = java.util.regex.Pattern.compile("\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+.*");
    /** A last line that ends in a URL: compiled once (String.matches compiled it for every draft). */
    private static final java.util.regex.Pattern ENDS_WITH_URL = java.util.regex.Pattern.compile(".*\\bhttps?://\\S+");

    /**
     * @param connectives words a sentence cannot end on, even before a full stop ("and", "the")
     * @param itemEndings more words the list's last item cannot end on: a list needs no closing
     *                    punctuation, so its item's last word is all there is to go by ("- Test with")
     */
    public TruncatedRule(Severity severity, List<String> connectives, List<String> itemEndings) {
        this.severity = severity;
        this.connectives = folded(connectives);
        Set<String> items = new java.util.HashSet<>(this.connectives);
        items.addAll(folded(itemEndings));
        this.itemEndings = Set.copyOf(items);
    }

    private static Set<String> folded(List<String> words) {
        return Set.copyOf(words.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleScope scope() {
        return SCOPE;
    }

    @Override
    public List<Finding> check(Draft draft, RuleContext context) {
        if (context.body().words() < MIN_WORDS) {
            return List.of(); // a line or two is a stub, not an article cut off: missing-meta and the scores speak for it
        }
        List<TextBlock> blocks = context.body().blocks();
        TextBlock last = null;
        TextBlock lastHeading = null;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            TextBlock block = blocks.get(i);
            // raw HTML (a closing </details>, a comment) and an empty heading (a stray "#") say
            // nothing about where the text stopped; a table or a section written in HTML is content
            boolean stray = (block.kind() == BlockKind.HTML && !isHtmlContent(block.text()))
                    || (block.kind() == BlockKind.HEADING && block.text().isBlank());
            if (last == null && !stray) {
                last = block;
            }
            if (last != null && block.kind() == BlockKind.HEADING && !block.text().isBlank() && block != last) {
                lastHeading = block;
                break;
            }
        }
        if (last == null) {
            return List.of();
        }
        if (last.kind() == BlockKind.PARAGRAPH && lastHeading != null && CLOSING_SECTION.matcher(lastHeading.text()).matches()) {
            // a closing section ends on a name or a list, but not on "and" with nothing after it
            String text = last.text().strip();
            String lastWord = lastWord(text);
            return text.isEmpty() || isClosing(text.charAt(text.length() - 1)) || lastWord == null || !connectives.contains(lastWord)
                    ? List.of()
                    : List.of(new Finding(ID, severity, "the body stops mid-way: the last paragraph ends on \"" + lastWord + "\""
                            + where(last, text)));
        }
        String why = switch (last.kind()) {
            case CODE -> last.closed() ? null : "a code block opened at line " + last.line() + " is never closed";
            case HEADING -> last.text().strip().endsWith(".") ? null : "it ends with the heading \"" + Phrases.quote(last.text(), 60) + "\" (line " + last.line()
                    + ") and nothing under it";
            case PARAGRAPH -> endsInHtml(draft.body()) || isSignature(blocks, last) ? null : unfinished(last);
            case ITEM -> unfinishedItem(last);
            default -> null;
        };
        return why == null ? List.of() : List.of(new Finding(ID, severity, "the body stops mid-way: " + why));
    }

    private String unfinished(TextBlock paragraph) {
        String text = paragraph.text().strip();
        if (text.isEmpty() || paragraph.prose().isBlank()) {
            return null; // an image alone
        }
        String lastLine = text.substring(text.lastIndexOf('\n') + 1).strip();
        if (lastLine.startsWith("|") || lastLine.endsWith("|")) {
            // a table, which CommonMark reads as a paragraph: cut off if its last row is shorter than its head
            // (its rows from the prose, which keeps the line breaks; a code span in a cell is a space there)
            String[] rows = paragraph.prose().strip().split("\n");
            String lastRow = rows[rows.length - 1].strip();
            return rows.length > 1 && pipes(lastRow) < pipes(rows[0])
                    ? "the table's last row (line " + (paragraph.line() + rows.length - 1) + ") is cut off: \"" + Phrases.quote(lastRow, 50) + "\""
                    : null;
        }
        if (isSignOff(paragraph.prose()) || lastLine.startsWith("[^")) {
            return null; // a letter's closing ("Cheers,\nAna"), a footnote ("[^oops]: Nyehehehe")
        }
        if (LABEL.matcher(lastLine).matches() || paragraph.endsWithLink() || lastLine.startsWith("\u2014")
                || lastLine.startsWith("-- ") || (lastLine.contains("://") && ENDS_WITH_URL.matcher(lastLine).matches())) {
            return null; // a label, a closing link or URL, a signature ("— Ana")
        }
        if (text.endsWith("...") || text.endsWith("\u2026")) {
            return "the last paragraph trails off" + where(paragraph, text);
        }
        char end = text.charAt(text.length() - 1);
        if (!isClosing(end)) {
            return "the last paragraph has no closing punctuation" + where(paragraph, text);
        }
        String lastWord = lastWord(text);
        // a capital letter alone is a name ("Appendix A.", "Plan B."), not the article "a" cut off
        if (end == '.' && lastWord != null && connectives.contains(lastWord) && !capitalLetterAlone(text)) {
            return "the last sentence ends on \"" + lastWord + "\"" + where(paragraph, text);
        }
        return null;
    }

    /**
     * A list at the end is fine without punctuation ("- write down what surprised you"), but not
     * its last item stopping on a comma or on a word no item ends on ("- compare the", "- test with").
     */
    private String unfinishedItem(TextBlock item) {
        String text = item.text().strip();
        if (text.isEmpty() || item.endsWithLink()) {
            return null;
        }
        String lastWord = lastWord(text);
        if (text.endsWith(",") || lastWord != null && itemEndings.contains(lastWord) && Character.isLetter(text.charAt(text.length() - 1))) {
            return "the list's last item stops mid-way" + where(item, text);
        }
        return null;
    }

    /** An HTML block that holds a table, a list or a paragraph of text: what the writer wrote, in HTML. */
    private static boolean isHtmlContent(String html) {
        if (html.startsWith("{{<") || html.startsWith("{{%")) {
            return true; // a Hugo shortcode alone (a figure, a generated list): the site puts content there
        }
        String lower = html.toLowerCase(Locale.ROOT);
        return !lower.startsWith("<!--") && html.length() > 80
                && (lower.contains("<table") || lower.contains("<ul") || lower.contains("<ol") || lower.contains("<p"));
    }

    /**
     * Whether the body's source ends on an HTML tag (link definitions after it aside): a
     * {@code <sup>} attribution; or on a poem's lines broken with {@code <br/>}. A sentence cut
     * off ends on a word.
     */
    private static boolean endsInHtml(String body) {
        if (body == null) {
            return false;
        }
        // the end only: splitting a whole body into lines for every draft cost more than the rule's other work
        String end = body.length() > TAIL_CHARS ? body.substring(body.length() - TAIL_CHARS) : body;
        String[] lines = end.strip().split("\n");
        int i = lines.length - 1;
        while (i > 0 && (lines[i].isBlank() || LINK_DEFINITION.matcher(lines[i]).matches())) {
            i--;
        }
        if (i >= 2 && isBreak(lines[i - 1]) && isBreak(lines[i - 2])) {
            return true; // verse: lines broken with <br/>, the last one without ("…longing for a hypertext<br/>\nalready in hand")
        }
        String line = lines[i].strip();
        if (line.endsWith("*") || line.endsWith("_")) { // emphasis around the closing tag: "…in hand*"
            line = line.substring(0, line.length() - 1).strip();
        }
        return line.endsWith(">") && !line.endsWith("->") && line.lastIndexOf('<') >= 0
                && !line.substring(line.lastIndexOf('<')).contains("://"); // an autolink is a link, judged as one
    }

    private static boolean isBreak(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        return l.endsWith("<br>") || l.endsWith("<br/>") || l.endsWith("<br />");
    }

    /** A name alone (one to three capitalised words) after a short closing line ("Thanks!" / "Andrew"). */
    private static boolean isSignature(List<TextBlock> blocks, TextBlock last) {
        String[] name = last.text().strip().split("\\s+");
        if (name.length > 3 || name[0].isEmpty()) {
            return false;
        }
        for (String part : name) {
            if (!Character.isUpperCase(part.charAt(0)) || !part.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        int at = blocks.indexOf(last);
        if (at < 1) {
            return false;
        }
        TextBlock before = blocks.get(at - 1);
        String closing = before.text().strip();
        return before.kind() == BlockKind.PARAGRAPH && closing.split("\\s+").length <= 4 && !closing.isEmpty()
                && ",!.".indexOf(closing.charAt(closing.length() - 1)) >= 0;
    }

    /** Two short lines, the first ending in a comma ("Cheers,", "Best regards,"), the second a name in capitals. */
    private static boolean isSignOff(String prose) {
        String[] lines = prose.strip().split("\n");
        if (lines.length != 2 || !lines[0].strip().endsWith(",") || lines[0].strip().split("\\s+").length > 3) {
            return false;
        }
        String[] name = lines[1].strip().split("\\s+");
        if (name.length > 4) {
            return false;
        }
        for (String part : name) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text's last word is one capital letter. */
    private static boolean capitalLetterAlone(String text) {
        int end = text.length() - 1;
        while (end >= 0 && !Character.isLetterOrDigit(text.charAt(end))) {
            end--;
        }
        return end >= 0 && Character.isUpperCase(text.charAt(end)) && (end == 0 || !Character.isLetterOrDigit(text.charAt(end - 1)));
    }

    /** The cell separators of a table row, escaped ones aside. */
    private static int pipes(String row) {
        int count = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                count++;
            }
        }
        return count;
    }

    private static boolean isClosing(char ch) {
        return ".!?)]\"'\u201D\u2019\u00BB*_`>".indexOf(ch) >= 0
                || Character.getType(ch) == Character.OTHER_SYMBOL // an emoji after "Happy coding"
                || Character.isSurrogate(ch);
    }

    private static String lastWord(String text) {
        int end = text.length() - 1;
        while (end >= 0 && !Character.isLetterOrDigit(text.charAt(end))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end < 0 || !Character.isLetter(text.charAt(end)) ? null : text.substring(start, end + 1).toLowerCase(Locale.ROOT);
    }

    /** Where the evidence is, made only for a finding: most drafts end well, and their last paragraph need not be copied. */
    private static String where(TextBlock block, String text) {
        return " (line " + block.line() + "): \"\u2026" + tail(text) + "\"";
    }

    private static String tail(String text) {
        // the last 400 characters hold the last 50 once spaces are folded, unless they are mostly spaces
        String oneLine = text.substring(Math.max(0, text.length() - 400)).replaceAll("\\s+", " ");
        if (oneLine.length() < 50 + 1 && text.length() > 400) {
            oneLine = text.replaceAll("\\s+", " ");
        }
        return oneLine.length() <= 50 ? oneLine : oneLine.substring(oneLine.length() - 50);
    }
}
