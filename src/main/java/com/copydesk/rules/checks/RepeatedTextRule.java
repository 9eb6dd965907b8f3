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
 * a repeat within one section counts. A copy with small edits ("every" for "each", "it's" for "it is",
 * a clause moved) is a copy too ({@link EditedCopies}); the same paragraph with other figures is not.
 */
public record RepeatedTextRule(Severity severity, int paragraphWords, int sentenceWords, int referenceHeadings) implements Rule {
    public static final String ID = "repeated-text";
    public static final RuleScope SCOPE = RuleScope.CONTENT;
    /** A closing copy of an earlier paragraph counts from this many words: a label may close a page twice. */
    private static final int CLOSING_COPY_WORDS = 4;

    private static final int MOST_NAMED = 3;
    private static final int OPENING_WORDS = 8;

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
        Map<SectionKey, Seen> paragraphs = new HashMap<>();
        Map<SectionKey, Seen> sentences = new HashMap<>();
        // (a sentence alone as a paragraph and inside another: on a reference page too, since its
        // entries repeat whole notes, not a note's sentence inside another paragraph)
        Map<SectionKey, Integer> soleSentences = new HashMap<>();
        Map<SectionKey, Seen> sentencesInParagraphs = new HashMap<>();
        List<LongParagraph> longOnes = new ArrayList<>();
        boolean reference = context.body().sections().size() > referenceHeadings;
        int section = 0;
        List<String> adjacent = new ArrayList<>();
        String previousKey = null;
        // each paragraph's key is made once, its sentences' keys cut from it in the same pass
        List<TextBlock> blocks = context.body().blocks();
        String[] keys = new String[blocks.size()];
        List<int[]> spans = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            TextBlock block = blocks.get(b);
            spans.clear();
            String key = block.kind() == BlockKind.PARAGRAPH ? key(block.text(), spans) : null;
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
            if (block.kind() != BlockKind.PARAGRAPH || block.isTable() || block.prose().isBlank() || endsWithColon(block.prose())) {
                continue;
            }
            // code spans count: "Run `make test` again." and "Run `make lint` again." are two sentences
            if (keyWords >= paragraphWords) {
                paragraphs.computeIfAbsent(new SectionKey(section, key), k -> new Seen(block.text())).lines.add(block.line());
                longOnes.add(new LongParagraph(section, key, block.line(), block.text()));
            }
            for (int[] span : spans) {
                // span: the sentence's start and end in the text, its key's start and end in the paragraph's key
                if (span[3] - span[2] <= 0) {
                    continue;
                }
                String sentenceKey = key.substring(span[2], span[3]);
                // a paragraph of one sentence is judged as a paragraph: a short note may come twice;
                // but the same sentence inside a longer paragraph is a copy
                if (wordCount(sentenceKey) >= sentenceWords && sentenceKey.equals(key)) {
                    soleSentences.putIfAbsent(new SectionKey(0, key), block.line());
                }
                if (wordCount(sentenceKey) >= sentenceWords && !sentenceKey.equals(key)) {
                    String text = block.text();
                    sentencesInParagraphs.putIfAbsent(new SectionKey(0, sentenceKey), new Seen(text.substring(span[0], span[1])));
                    sentencesInParagraphs.get(new SectionKey(0, sentenceKey)).lines.add(block.line());
                    List<Integer> lines = sentences.computeIfAbsent(new SectionKey(section, sentenceKey),
                            k -> new Seen(text.substring(span[0], span[1]))).lines;
                    if (lines.isEmpty() || lines.get(lines.size() - 1) != block.line() || lines.size() == 1) {
                        lines.add(block.line());
                    }
                }
            }
        }
        // a body that closes on a copy of an earlier paragraph looped at its end, whatever the length
        TextBlock last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        String lastKey = last == null ? null : keys[blocks.size() - 1];
        // (of a few words at least: an API page's "Returns: void" closes on the label it used before)
        // (nor a link's label: meeting notes close each topic on "Link to full discussion")
        if (adjacent.isEmpty() && !reference && last != null && last.kind() == BlockKind.PARAGRAPH && !last.endsWithLink()
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
        paragraphs.values().stream().filter(e -> e.lines.size() == 2)
                .sorted(java.util.Comparator.comparing(e -> e.lines.get(1))).forEach(e -> {
                    repeatedParagraphs.addAll(e.lines);
                    add(found, "the paragraph at line " + e.lines.get(1) + " repeats the one at line " + e.lines.get(0)
                            + " (\"" + Phrases.quote(e.shown, 60) + "\")");
                });
        sentences.values().stream().filter(e -> e.lines.size() == 2 && !repeatedParagraphs.contains(e.lines.get(1)))
                .sorted(java.util.Comparator.comparing(e -> e.lines.get(1))).forEach(e ->
                        add(found, "a sentence at line " + e.lines.get(1) + " repeats one at line " + e.lines.get(0)
                                + " (\"" + Phrases.quote(e.shown, 60) + "\")"));
        // a sentence alone as a paragraph, again inside another paragraph, whole or with a clause added
        Map<String, String> soleByOpening = new HashMap<>();
        soleSentences.keySet().forEach(k -> soleByOpening.putIfAbsent(opening(k.key()), k.key()));
        sentencesInParagraphs.entrySet().stream().filter(e -> e.getValue().lines.size() == 1)
                .sorted(java.util.Comparator.comparing(e -> e.getValue().lines.get(0))).forEach(e -> {
                    String sentence = e.getKey().key();
                    String sole = soleByOpening.get(opening(sentence));
                    if (sole != null && (sentence.startsWith(sole) || sole.startsWith(sentence))) {
                        add(found, "a sentence at line " + e.getValue().lines.get(0) + " repeats the paragraph at line "
                                + soleSentences.get(new SectionKey(0, sole)) + " (\"" + Phrases.quote(e.getValue().shown, 60) + "\")");
                    }
                });
        for (String edited : EditedCopies.find(longOnes)) {
            add(found, edited);
        }
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

    /** A text seen in a section: the lines it is on, and the first as written (the evidence). */
    private static final class Seen {
        final List<Integer> lines = new ArrayList<>(2);
        final String shown;

        Seen(String shown) {
            this.shown = shown;
        }
    }

    /** A paragraph long enough to compare with the others for a copy with small edits. */
    record LongParagraph(int section, String key, int line, String text) {
    }

    /** A text's key within a section of a reference page (section 0 elsewhere). */
    private record SectionKey(int section, String key) {
    }

    private static boolean endsWithColon(String prose) {
        int end = prose.length() - 1;
        while (end >= 0 && Character.isWhitespace(prose.charAt(end))) {
            end--;
        }
        return end >= 0 && prose.charAt(end) == ':';
    }

    /**
     * Letters and digits in lower case, words separated by one space. Sentences end at . ! or ?
     * followed by a space or the end (a "v1.2" or "e.g" inside stays whole enough); each sentence
     * goes to {@code spans} as its start and end in the text and its own key's start and end in
     * the returned key: the same key as the sentence alone would make, since a sentence's end is
     * always a gap between words.
     */
    private static String key(String text, List<int[]> spans) {
        StringBuilder key = new StringBuilder(text.length());
        boolean gap = false;
        int start = 0;
        int keyStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                    if (keyStart == key.length() - 1) {
                        keyStart++; // the sentence's key starts at its first word, not at the space before it
                    }
                }
                gap = false;
                key.append(Character.toLowerCase(ch));
            } else if (ch != '\'' && ch != '\u2019') {
                gap = true;
                if ((ch == '.' || ch == '!' || ch == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                    spans.add(new int[] {start, i + 1, keyStart, key.length()});
                    start = i + 1;
                    keyStart = key.length();
                }
            }
        }
        if (start < text.length()) {
            spans.add(new int[] {start, text.length(), keyStart, key.length()});
        }
        return key.toString();
    }

    /** A key's first {@code OPENING_WORDS} words: sentences that open alike are compared whole. */
    private static String opening(String key) {
        int at = -1;
        for (int i = 0; i < OPENING_WORDS; i++) {
            at = key.indexOf(' ', at + 1);
            if (at < 0) {
                return key;
            }
        }
        return key.substring(0, at);
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
}
