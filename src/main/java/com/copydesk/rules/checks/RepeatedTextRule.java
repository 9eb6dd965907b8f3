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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same paragraph twice, or the same long sentence in two places: a generator that looped or
 * pasted a section again. Compared once case, spacing and punctuation are set aside. Code, list
 * items, headings, short lines and lead-ins to code ("The history is now:") are left out: "Run the
 * tests again." may well come twice, except twice in a row or as a copy that closes the body. A reference page (more than {@code referenceHeadings}
 * headings, one per option or method) repeats its notes under each entry by design, so there only
 * a repeat within one section counts.
 */
public record RepeatedTextRule(Severity severity, int paragraphWords, int sentenceWords, int referenceHeadings) implements Rule {
    public static final String ID = "repeated-text";
    public static final RuleScope SCOPE = RuleScope.CONTENT;
    /** A closing copy of an earlier paragraph counts from this many words: a label may close a page twice. */
    private static final int CLOSING_COPY_WORDS = 4;

    private static final int MOST_NAMED = 3;

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
        // first where each text occurs, then the texts that occur exactly twice: a note under every
        // entry of a page (three times or more) is the page's pattern, a second copy is a loop
        Map<String, List<Integer>> paragraphs = new HashMap<>();
        Map<String, List<Integer>> sentences = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        boolean reference = context.body().sections().size() > referenceHeadings;
        int section = 0;
        List<String> adjacent = new ArrayList<>();
        String previousKey = null;
        // each paragraph's key is made once (the checks below compare it several ways)
        List<TextBlock> blocks = context.body().blocks();
        String[] keys = new String[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            TextBlock block = blocks.get(b);
            String key = block.kind() == BlockKind.PARAGRAPH ? key(block.text()) : null;
            keys[b] = key;
            int keyWords = key == null ? 0 : wordCount(key);
            // the same short paragraph twice in a row ("Happy shipping!" and again) is a loop at any length
            if (previousKey != null && key != null && !block.text().isBlank()
                    && key.equals(previousKey) && keyWords > 1 && keyWords < paragraphWords) {
                adjacent.add("the paragraph at line " + block.line() + " repeats the one before it (\"" + Phrases.quote(block.text(), 60) + "\")");
            }
            previousKey = key;
            if (block.kind() == BlockKind.HEADING && reference) {
                section++; // on a reference page, each section is read on its own
            }
            if (block.kind() != BlockKind.PARAGRAPH || block.isTable() || block.prose().isBlank() || block.prose().strip().endsWith(":")) {
                continue;
            }
            // code spans count: "Run `make test` again." and "Run `make lint` again." are two sentences
            if (keyWords >= paragraphWords) {
                paragraphs.computeIfAbsent(section + "|" + key, k -> new ArrayList<>()).add(block.line());
                shown.putIfAbsent(section + "|" + key, block.text());
            }
            for (String sentence : sentences(block.text())) {
                String sentenceKey = key(sentence);
                // a paragraph of one sentence is judged as a paragraph: a short note may come twice
                if (wordCount(sentenceKey) >= sentenceWords && !sentenceKey.equals(key)) {
                    List<Integer> lines = sentences.computeIfAbsent(section + "|" + sentenceKey, k -> new ArrayList<>());
                    if (lines.isEmpty() || lines.get(lines.size() - 1) != block.line() || lines.size() == 1) {
                        lines.add(block.line());
                    }
                    shown.putIfAbsent(section + "|" + sentenceKey, sentence);
                }
            }
        }
        // a body that closes on a copy of an earlier paragraph looped at its end, whatever the length
        TextBlock last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        String lastKey = last == null ? null : keys[blocks.size() - 1];
        // (of a few words at least: an API page's "Returns: void" closes on the label it used before)
        if (adjacent.isEmpty() && !reference && last != null && last.kind() == BlockKind.PARAGRAPH
                && wordCount(lastKey) >= CLOSING_COPY_WORDS && wordCount(lastKey) < paragraphWords) {
            for (int b = 0; b < blocks.size() - 1; b++) {
                TextBlock block = blocks.get(b);
                if (lastKey.equals(keys[b])) {
                    adjacent.add("the last paragraph (line " + last.line() + ") repeats the one at line " + block.line() + " (\""
                            + Phrases.quote(last.text(), 60) + "\")");
                    break;
                }
            }
        }
        List<String> found = new ArrayList<>(adjacent.subList(0, Math.min(MOST_NAMED, adjacent.size())));
        java.util.Set<Integer> repeatedParagraphs = new java.util.HashSet<>();
        paragraphs.entrySet().stream().filter(e -> e.getValue().size() == 2)
                .sorted(java.util.Comparator.comparing(e -> e.getValue().get(1))).forEach(e -> {
                    repeatedParagraphs.addAll(e.getValue());
                    add(found, "the paragraph at line " + e.getValue().get(1) + " repeats the one at line " + e.getValue().get(0)
                            + " (\"" + Phrases.quote(shown.get(e.getKey()), 60) + "\")");
                });
        sentences.entrySet().stream().filter(e -> e.getValue().size() == 2 && !repeatedParagraphs.contains(e.getValue().get(1)))
                .sorted(java.util.Comparator.comparing(e -> e.getValue().get(1))).forEach(e ->
                        add(found, "a sentence at line " + e.getValue().get(1) + " repeats one at line " + e.getValue().get(0)
                                + " (\"" + Phrases.quote(shown.get(e.getKey()), 60) + "\")"));
        if (found.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(ID, severity, "repeated text: " + String.join("; ", found)));
    }

    private static void add(List<String> found, String evidence) {
        if (found.size() < MOST_NAMED) {
            found.add(evidence);
        }
    }

    /** Letters and digits in lower case, words separated by one space. */
    private static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.append(Character.toLowerCase(ch));
            } else if (ch != '\'' && ch != '\u2019') {
                gap = true;
            }
        }
        return key.toString();
    }

    private static int wordCount(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        int count = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    /** Sentences end at . ! or ? followed by a space or the end (a "v1.2" or "e.g" inside stays whole enough). */
    private static List<String> sentences(String prose) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < prose.length(); i++) {
            char ch = prose.charAt(i);
            if ((ch == '.' || ch == '!' || ch == '?') && (i + 1 == prose.length() || Character.isWhitespace(prose.charAt(i + 1)))) {
                out.add(prose.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < prose.length()) {
            out.add(prose.substring(start));
        }
        return out;
    }
}
