package com.copydesk.rules.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paragraphs that are copies of each other with small edits: a generator that wrote a section
 * again and changed a word or two ("every request" / "each request", "should not" / "shouldn't",
 * "roll back the change" / "roll the change back"). Two paragraphs are such a copy when their
 * content words (function words set aside) are nearly the same set, at least {@link #MIN_SHARE}
 * of both together, they open on the same content word, and every figure and negation
 * of one is in the other: "120 ms before the change" and "80 ms after the change" report two
 * measurements, not one twice; "devDependencies: If set to false, …" and "peerDependencies: If set
 * to false, …" document two options. Each paragraph is compared only
 * with those sharing one of its three longest words, a bucket at most {@link #MOST_IN_BUCKET} long,
 * so a long body costs a linear pass.
 */
final class EditedCopies {
    static final double MIN_SHARE = 0.8;
    private static final int MIN_CONTENT_WORDS = 6;
    private static final int ANCHORS = 3;
    private static final int MOST_IN_BUCKET = 16;
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into",
            "onto", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "which", "who", "whom",
            "these", "those", "there", "then", "than", "so", "not", "do", "does", "did", "have", "has", "had", "will", "would",
            "can", "could", "should", "shouldnt", "wouldnt", "couldnt", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt",
            "cant", "wont", "may", "might", "must", "i", "we", "you", "they", "he", "she", "our", "your", "their", "my", "me",
            "us", "them", "also", "just", "very", "some", "any", "each", "every", "all", "both", "such", "own", "same", "when",
            "while", "where", "how", "what", "if", "up", "out", "only", "even", "still", "yet", "back");

    private static final Set<String> NEGATIONS = Set.of("no", "never", "without", "none", "nothing", "neither", "nobody", "cannot");

    private EditedCopies() {
    }

    /** Evidence for each paragraph that copies an earlier one with small edits (exact copies are found before this). */
    static List<String> find(List<RepeatedTextRule.LongParagraph> paragraphs) {
        List<Set<String>> words = new ArrayList<>(paragraphs.size());
        Map<String, List<Integer>> buckets = new HashMap<>();
        List<String> found = new ArrayList<>();
        Set<Integer> copies = new HashSet<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            RepeatedTextRule.LongParagraph paragraph = paragraphs.get(p);
            Set<String> content = contentWords(paragraph.key());
            words.add(content);
            if (content.size() < MIN_CONTENT_WORDS) {
                continue;
            }
            Set<Integer> compared = new HashSet<>();
            for (String anchor : anchors(content)) {
                List<Integer> bucket = buckets.computeIfAbsent(paragraph.section() + " " + anchor, k -> new ArrayList<>());
                for (int other : bucket) {
                    if (compared.add(other) && !copies.contains(p) && isEditedCopy(paragraphs.get(other), paragraph, words.get(other), content)) {
                        copies.add(p);
                        found.add("the paragraph at line " + paragraph.line() + " repeats the one at line " + paragraphs.get(other).line()
                                + " with small edits (\"" + com.copydesk.rules.Phrases.quote(paragraph.text(), 60) + "\")");
                    }
                }
                if (bucket.size() < MOST_IN_BUCKET) {
                    bucket.add(p);
                }
            }
        }
        return found;
    }

    private static boolean isEditedCopy(RepeatedTextRule.LongParagraph first, RepeatedTextRule.LongParagraph second, Set<String> a, Set<String> b) {
        if (first.key().equals(second.key())) {
            return false; // an exact copy, already named as one
        }
        // a copy keeps its frame: parallel entries ("devDependencies: If set to false, …" and
        // "peerDependencies: If set to false, …") differ in the word they open with
        if (!first(first.key()).equals(first(second.key()))) {
            return false;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            } else if (isSubstantive(word)) {
                return false;
            }
        }
        for (String word : b) {
            if (!a.contains(word) && isSubstantive(word)) {
                return false;
            }
        }
        int union = a.size() + b.size() - shared;
        return shared >= MIN_SHARE * union;
    }

    /** A word whose change changes what the paragraph says: a figure, or a negation ("no reply.code() call"). */
    private static boolean isSubstantive(String word) {
        return NEGATIONS.contains(word) || isFigure(word);
    }

    private static String first(String key) {
        for (String word : key.split(" ")) {
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word)) {
                return word;
            }
        }
        return "";
    }

    private static boolean isFigure(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a paragraph's key (lower case, one space apart) but its function words. */
    static Set<String> contentWords(String key) {
        Set<String> content = new HashSet<>();
        for (String word : key.split(" ")) {
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word)) {
                content.add(word);
            }
        }
        return content;
    }

    /** Its longest words (ties in alphabetical order): a copy with a word or two changed keeps at least one. */
    private static List<String> anchors(Set<String> content) {
        return content.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(ANCHORS).toList();
    }
}
