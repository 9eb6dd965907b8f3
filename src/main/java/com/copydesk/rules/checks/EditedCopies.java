package com.copydesk.rules.checks;

import java.util.ArrayList;
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
 * to false, …" document two options. Each paragraph is compared only with those opening on its
 * word, a bucket at most {@link #MOST_IN_BUCKET} long, so a long body costs a linear pass.
 */
final class EditedCopies {
    static final double MIN_SHARE = 0.8;
    private static final int MIN_CONTENT_WORDS = 6;
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
        // a copy opens on the same content word, so only paragraphs that share it are compared, and
        // a paragraph's word set is made only when another opens like it (most drafts: never)
        Map<String, List<Integer>> byOpening = new HashMap<>();
        List<Set<String>> words = new ArrayList<>(java.util.Collections.nCopies(paragraphs.size(), (Set<String>) null));
        List<String> found = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            RepeatedTextRule.LongParagraph paragraph = paragraphs.get(p);
            List<Integer> alike = byOpening.computeIfAbsent(paragraph.section() + " " + first(paragraph.key()), k -> new ArrayList<>());
            for (int other : alike) {
                if (words.get(other) == null) {
                    words.set(other, contentWords(paragraphs.get(other).key()));
                }
                if (words.get(p) == null) {
                    words.set(p, contentWords(paragraph.key()));
                }
                if (words.get(p).size() >= MIN_CONTENT_WORDS && words.get(other).size() >= MIN_CONTENT_WORDS
                        && isEditedCopy(paragraphs.get(other), paragraph, words.get(other), words.get(p))) {
                    found.add("the paragraph at line " + paragraph.line() + " repeats the one at line " + paragraphs.get(other).line()
                            + " with small edits (\"" + com.copydesk.rules.Phrases.quote(paragraph.text(), 60) + "\")");
                    break;
                }
            }
            if (alike.size() < MOST_IN_BUCKET) {
                alike.add(p);
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
            return false; // (compared only within an opening's bucket; kept so the rule reads whole here)
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
}
