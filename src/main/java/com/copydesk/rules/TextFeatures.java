package com.copydesk.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the near-duplicate rule compares: a body as a set of 64-bit feature hashes that survive
 * the changes a spinner or a copy makes. The text is read as words (lower case, letters and
 * digits, Markdown markup and whitespace ignored, a plural "s" dropped, a few common synonyms
 * folded to one word), and gives:
 * <ul>
 *   <li>word shingles of {@code size} words over the whole text (a changed word breaks only the
 *       shingles that hold it);</li>
 *   <li>one hash per sentence, and per paragraph and for the whole body the hash of the
 *       <em>set</em> of their sentences: these do not depend on the sentences' order, so a copy
 *       with its sentences shuffled keeps them;</li>
 *   <li>each link or image target, and the hash of the whole word sequence (exact copies and
 *       copies that differ only in markup or whitespace share it).</li>
 * </ul>
 * Which of these count is decided by the store: features shared by many drafts are boilerplate
 * ({@link com.copydesk.review.NearIndex}).
 */
public final class TextFeatures {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]*)[^)]*\\)");
    /** Sentence ends: . ! ? followed by a space or the end, or a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\n");
    private static final long SHINGLE = 0x1000_0000_0000_0001L;
    private static final long SENTENCE = 0x2000_0000_0000_0002L;
    private static final long SENTENCE_SET = 0x3000_0000_0000_0003L;
    private static final long LINK_TARGET = 0x4000_0000_0000_0004L;
    private static final long WHOLE = 0x5000_0000_0000_0005L;
    /** Sentences shorter than this are headings and list items: too common to mean anything alone. */
    private static final int SENTENCE_WORDS = 4;

    /**
     * Words a spinner swaps for each other, folded to the first of each group. Deliberately
     * small and common: a wrong fold only makes two texts a little more alike.
     */
    private static final Map<String, String> SYNONYMS = synonyms(
            "big large huge", "small little tiny", "fast quick rapid speedy", "slow sluggish",
            "use utilize employ", "help assist aid", "make create build", "show display demonstrate",
            "start begin commence", "end finish complete", "easy simple straightforward",
            "hard difficult tough", "important crucial essential vital key", "change modify alter adjust",
            "check verify inspect examine review", "test trial", "need require", "get obtain acquire",
            "often frequently", "also additionally", "but however", "because since", "so therefore thus",
            "issue problem", "method approach technique way", "goal aim objective", "result outcome",
            "careful cautious", "safe secure", "fix repair", "error mistake fault", "quickly rapidly swiftly",
            "carefully cautiously", "much far", "many numerous", "every each", "keep retain",
            "write record", "plan strategy", "run execute", "tell reveal", "extra additional",
            "easier simpler", "slowest sluggishest", "fastest quickest");

    private TextFeatures() {
    }

    /**
     * Whether a feature is rare by its nature (a sentence, a set of sentences, the whole text, a
     * link target) rather than a word shingle, which many texts share: these are looked up first.
     */
    public static boolean distinctive(long feature) {
        return (feature & 3) != 0;
    }

    /** Whether a feature is a sentence feature (else a word feature), see {@link #overlap}. */
    public static boolean sentence(long feature) {
        return (feature & 1) != 0;
    }

    /**
     * The distinct features of a body, sorted. The low two bits say the kind: 00 a word shingle,
     * 10 a link target, x1 a sentence, a set of sentences or the whole word sequence.
     */
    public static long[] of(String body, int shingleWords) {
        String text = body == null ? "" : body;
        List<Long> links = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            if (!link.group(1).isEmpty()) {
                links.add(mix(LINK_TARGET ^ link.group(1).hashCode() * 0x9E3779B97F4A7C15L));
            }
        }
        text = LINK.matcher(text).replaceAll("]");
        LongList features = new LongList(256);
        LongList words = new LongList(256);
        LongList paragraphSentences = new LongList(16);
        LongList bodySentences = new LongList(64);
        for (String paragraph : text.split("\\n\\s*\\n")) {
            paragraphSentences.clear();
            for (String sentence : SENTENCE_END.split(paragraph)) {
                int from = words.size;
                words(sentence, words);
                if (words.size - from >= SENTENCE_WORDS) {
                    long h = SENTENCE;
                    for (int w = from; w < words.size; w++) {
                        h = mix(h * 31 + words.values[w]);
                    }
                    features.add(h | 1);
                    paragraphSentences.add(h);
                    bodySentences.add(h);
                }
            }
            if (paragraphSentences.size >= 2) {
                features.add(setHash(paragraphSentences) | 1);
            }
        }
        if (bodySentences.size >= 2) {
            features.add(mix(setHash(bodySentences) ^ WHOLE) | 1);
        }
        int n = words.size;
        if (n > 0) {
            long whole = WHOLE;
            for (int w = 0; w < n; w++) {
                whole = mix(whole * 31 + words.values[w]);
            }
            features.add(whole | 1);
        }
        int size = Math.max(1, shingleWords);
        for (int s = 0; s + size <= n || (s == 0 && n > 0); s++) {
            features.add(shingle(words.values, s, Math.min(size, n - s)));
        }
        for (long l : links) {
            features.add((l & ~3L) | 2);
        }
        return features.sortedDistinct();
    }

    /** The word shingle feature of {@code size} words from word {@code from}, as {@link #of} gives it. */
    static long shingle(long[] words, int from, int size) {
        long h = SHINGLE;
        for (int w = from; w < from + size; w++) {
            h = mix(h * 31 + words[w]);
        }
        return h & ~3L;
    }

    /** The normalised words of a body in order (hashed), link targets left out, as {@link #of} reads them. */
    static long[] wordSequence(String body) {
        String text = LINK.matcher(body == null ? "" : body).replaceAll("]");
        LongList words = new LongList(256);
        words(text, words);
        return Arrays.copyOf(words.values, words.size);
    }

    /**
     * How alike two feature sets are (sorted, boilerplate already left out): for the word
     * features and for the sentence features apart, how much of the smaller set the other holds,
     * |A ∩ B| / min(|A|, |B|); the higher of the two. Unlike Jaccard it does not fall when a
     * spinner adds new words to a copy, only when it removes what the two shared; the sentence
     * features keep a shuffled copy, the word features a spun one. A set smaller than
     * {@code fewest} counts as that large, so that two drafts with two rare features in common
     * and nothing else are not called copies.
     */
    public static double overlap(long[] a, long[] b, int fewestWords, int fewestSentences) {
        int[] fewest = {fewestWords, fewestSentences};
        int[] common = new int[2];
        int[] sizeA = new int[2];
        int[] sizeB = new int[2];
        for (long x : a) {
            sizeA[(int) (x & 1)]++;
        }
        for (long y : b) {
            sizeB[(int) (y & 1)]++;
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common[(int) (a[i] & 1)]++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        double best = 0;
        for (int k = 0; k < 2; k++) {
            best = Math.max(best, (double) common[k] / Math.max(fewest[k], Math.min(sizeA[k], sizeB[k])));
        }
        return best;
    }

    /** A set's hash: the same for the same sentences in any order. */
    private static long setHash(LongList hashes) {
        long[] sorted = Arrays.copyOf(hashes.values, hashes.size);
        Arrays.sort(sorted);
        long h = SENTENCE_SET;
        long last = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != last) {
                h = mix(h * 31 + sorted[i]);
            }
            last = sorted[i];
        }
        return h;
    }

    /** Appends the normalised words of a piece of text (hashed). */
    static void words(String text, LongList out) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(mix(normal(text.substring(start, i)).hashCode() * 0x9E3779B97F4A7C15L));
                start = -1;
            }
        }
    }

    /** A word lower-cased, its plural "s" dropped and folded to its synonym group's first word. */
    static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        }
        return SYNONYMS.getOrDefault(w, w);
    }

    private static Map<String, String> synonyms(String... groups) {
        Map<String, String> map = new java.util.HashMap<>();
        for (String group : groups) {
            String[] words = group.split(" ");
            for (String w : words) {
                map.putIfAbsent(w, words[0]);
            }
        }
        return Map.copyOf(map);
    }

    /** A growable list of longs, to hash a body without boxing every word. */
    static final class LongList {
        long[] values;
        int size;

        LongList(int capacity) {
            values = new long[capacity];
        }

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void clear() {
            size = 0;
        }

        long[] sortedDistinct() {
            return TextFeatures.sortedDistinct(values, size);
        }
    }

    /** The distinct values among the first {@code size} of {@code values}, sorted, in a new array. */
    static long[] sortedDistinct(long[] values, int size) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /** A 64-bit finaliser (from SplitMix64): spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
