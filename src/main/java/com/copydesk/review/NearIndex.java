package com.copydesk.review;

import com.copydesk.rules.TextFeatures;
import com.copydesk.rules.checks.NearDuplicateRule;
import com.copydesk.store.CorpusRepository;
import com.copydesk.store.CorpusRepository.Print;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a draft's near copies with bounded work, whatever the store's size.
 *
 * <p>Each draft keeps its {@link #ANCHORS} smallest feature hashes that are not boilerplate (a
 * bottom-k sketch: locality-sensitive hashing with one feature a band, so that a copy that shares
 * most of the original's rare features shares at least one anchor with it even when a spinner
 * added as many new ones). Drafts sharing an anchor are candidates; the few sharing the most are
 * verified exactly. A feature found in more than a share ({@link #BOILERPLATE_SHARE}) of the drafts (the
 * generator's intro, closing and sentence bank, a common phrase) is boilerplate: it is forgotten
 * as an anchor and left out of every comparison, so it neither causes nor hides a match, and no
 * draft reads more than {@link #BUCKET_READ} drafts of one bucket. The drafts that had used it are indexed again in the
 * same transaction ({@link #settle}), so that the pairs do not depend on which drafts came first.
 */
final class NearIndex {
    /** Anchors a draft keeps: a copy sharing half the original's rare features shares one with probability > 0.999. */
    static final int ANCHORS = 32;
    /** Features kept with the print, so that most drafts are compared without reading their body again. */
    static final int KEPT = 96;
    /**
     * A feature in more than this share of the store's drafts is boilerplate. A share, not a
     * count, so that the same kind of feature is boilerplate at 2,000 drafts and at 1,000,000:
     * with a fixed count, the generator's sentence orderings (each in about 4.5 % of its drafts)
     * were evidence at 2,000 and boilerplate at 10,000 (spun copies lost), and at 100,000 even
     * its paragraphs were, leaving only the topic's intro to compare (a fifth of unrelated drafts
     * paired). Measured on generator drafts: lower loses the orderings and paragraphs that tell a
     * spun copy from an unrelated draft of the same topic, higher lets the stack's closing
     * sentence (in 1 of 7 drafts) count.
     */
    static final double BOILERPLATE_SHARE = 0.15;
    /**
     * In a small store no feature is boilerplate before this many drafts have it: three drafts
     * of twenty are not a template, and a handful of copies must not hide each other.
     */
    static final int BOILERPLATE_FLOOR = 300;
    /** The most drafts read from one anchor's bucket: no bucket makes a draft compare with more. */
    static final int BUCKET_READ = 128;
    /** Candidates verified per draft, those sharing the most anchors. */
    static final int VERIFIED = 20;
    /** Word and sentence feature sets smaller than these count as this large (see {@link TextFeatures#overlap}). */
    static final int FEWEST_WORD_FEATURES = 10;
    static final int FEWEST_SENTENCE_FEATURES = 4;

    private final Connection c;
    private final CorpusRepository corpus;
    private final NearDuplicateRule rule;
    private final Set<Long> boilerplate;
    private final Set<Long> newBoilerplate = new LinkedHashSet<>();
    /** How many drafts have each anchor whose bucket is full (see {@link #drafts(long)}). */
    private final Map<Long, Integer> bucketSizes;
    private int boilerplateDrafts;

    /**
     * @param storeDrafts how many drafts the store holds: a feature in more than
     *                    {@link #boilerplateDrafts(long)} of them is boilerplate
     * @param bucketSizes the drafts counted on full buckets, kept between transactions
     */
    NearIndex(Connection c, CorpusRepository corpus, NearDuplicateRule rule, Set<Long> boilerplate,
              long storeDrafts, Map<Long, Integer> bucketSizes) {
        this.c = c;
        this.corpus = corpus;
        this.rule = rule;
        this.boilerplate = boilerplate;
        this.boilerplateDrafts = boilerplateDrafts(storeDrafts);
        this.bucketSizes = bucketSizes;
    }

    /** More drafts than this having a feature make it boilerplate, in a store of this many drafts. */
    static int boilerplateDrafts(long storeDrafts) {
        return (int) Math.max(BOILERPLATE_FLOOR, Math.ceil(BOILERPLATE_SHARE * storeDrafts));
    }

    /** The features of a body, boilerplate left in (it changes over time; it is left out when used). */
    static long[] features(String body, NearDuplicateRule rule) {
        return TextFeatures.of(body, rule.shingleWords());
    }

    /**
     * Features that more than the boilerplate share of these drafts have are boilerplate
     * whatever the store holds: known before they are indexed, so that a first import of a
     * template-heavy file does not anchor drafts on them and index them again at once.
     */
    void learnBoilerplate(List<long[]> prints) {
        if (prints.size() <= boilerplateDrafts) {
            return;
        }
        Map<Long, Integer> drafts = new HashMap<>();
        for (long[] features : prints) {
            for (long f : features) {
                if (drafts.merge(f, 1, Integer::sum) == boilerplateDrafts + 1 && !boilerplate.contains(f)) {
                    newBoilerplate.add(f);
                }
            }
        }
        boilerplate.addAll(newBoilerplate);
    }

    /**
     * Indexes a draft and stores its near pairs; returns the drafts whose near-duplicate finding
     * may change: its old and new partners, at most {@link #VERIFIED} new ones.
     */
    Set<Long> add(long id, long[] allFeatures) throws SQLException {
        long[] features = withoutBoilerplate(allFeatures);
        long[] anchors = anchors(features);
        long[] kept = Arrays.copyOf(features, Math.min(KEPT, features.length));
        Print old = corpus.print(c, id);
        Set<Long> touched = new LinkedHashSet<>(corpus.partnerIds(c, id));
        // a shared anchor counts the more the fewer drafts have it: the original's link or
        // sentence is worth more than a shingle of the topic that sixty drafts share
        Map<Long, Double> shared = new HashMap<>();
        for (long anchor : anchors) {
            List<Long> bucket = corpus.withAnchor(c, anchor, BUCKET_READ);
            if (bucket.size() == BUCKET_READ && drafts(anchor) > boilerplateDrafts) {
                newBoilerplate.add(anchor);
                boilerplate.add(anchor); // later drafts of the batch do not anchor on it
            }
            double weight = 1.0 / (1 + bucket.size());
            for (long other : bucket) {
                if (other != id) {
                    shared.merge(other, weight, Double::sum);
                }
            }
        }
        corpus.savePrint(c, new Print(id, features.length, kept, anchors), old);
        Map<Long, Double> partners = new LinkedHashMap<>();
        List<Long> best = new ArrayList<>(shared.keySet());
        best.sort(Comparator.<Long>comparingDouble(shared::get).reversed().thenComparing(Comparator.naturalOrder()));
        for (long other : best.subList(0, Math.min(VERIFIED, best.size()))) {
            double similarity = similarity(features, other);
            if (similarity >= rule.threshold()) {
                partners.put(other, similarity);
            }
        }
        if (!partners.isEmpty() || !touched.isEmpty()) {
            corpus.replacePairs(c, id, partners);
        }
        touched.addAll(partners.keySet());
        return touched;
    }

    /**
     * How many drafts have a full bucket's anchor, this one included. Counted in the store once
     * (up to the boilerplate limit), then kept and counted on as drafts join it: counting it
     * again for every draft would read a share of the store each time, and a draft's cost would
     * grow with the store. The kept count may run a little high (a draft indexed again, a
     * transaction rolled back: they are forgotten when the store's boilerplate changes under us),
     * which only makes a feature boilerplate a little early.
     */
    private int drafts(long anchor) throws SQLException {
        Integer known = bucketSizes.get(anchor);
        int n = known == null ? corpus.countWithAnchor(c, anchor, boilerplateDrafts + 1) + 1 : known + 1;
        bucketSizes.put(anchor, n);
        return n;
    }

    /**
     * The exact similarity of a draft's features (boilerplate left out) to another draft's. When
     * the other's print holds all its features, they are compared; otherwise its body is read.
     */
    private double similarity(long[] features, long other) throws SQLException {
        Print print = corpus.print(c, other);
        long[] theirs;
        if (print != null && print.features() <= print.smallest().length) {
            theirs = withoutBoilerplate(print.smallest());
        } else {
            String body = corpus.body(c, other);
            if (body == null) {
                return 0;
            }
            theirs = withoutBoilerplate(features(body, rule));
        }
        return TextFeatures.overlap(features, theirs, FEWEST_WORD_FEATURES, FEWEST_SENTENCE_FEATURES);
    }

    /**
     * Makes the features that became boilerplate in this transaction so in the store, and checks
     * again the pairs of the drafts that had them as anchors (they were compared with them
     * counted): a pair no longer similar enough without them is dropped. Each feature does so
     * once, with at most a share of the store's drafts and their few pairs. Returns the
     * drafts whose finding may change.
     */
    Set<Long> settle() throws SQLException {
        Set<Long> again = new LinkedHashSet<>();
        for (long feature : newBoilerplate) {
            boilerplate.add(feature);
            bucketSizes.remove(feature);
            again.addAll(corpus.withAnchor(c, feature, Integer.MAX_VALUE));
            corpus.markBoilerplate(c, feature);
        }
        newBoilerplate.clear();
        Set<Long> touched = new LinkedHashSet<>();
        Map<Long, long[]> features = new HashMap<>();
        for (long id : again) {
            for (long other : corpus.partnerIds(c, id)) {
                if (id < other || !again.contains(other)) {
                    long[] mine = features.computeIfAbsent(id, this::featuresOf);
                    long[] theirs = features.computeIfAbsent(other, this::featuresOf);
                    double similarity = TextFeatures.overlap(mine, theirs, FEWEST_WORD_FEATURES, FEWEST_SENTENCE_FEATURES);
                    if (similarity < rule.threshold()) {
                        corpus.removePair(c, id, other);
                        touched.add(id);
                        touched.add(other);
                    }
                }
            }
        }
        return touched;
    }

    /** A stored draft's features without boilerplate, read from its body. */
    private long[] featuresOf(long id) {
        try {
            String body = corpus.body(c, id);
            return body == null ? new long[0] : withoutBoilerplate(features(body, rule));
        } catch (SQLException e) {
            throw new com.copydesk.store.StoreException("reading a draft to compare it", e);
        }
    }

    /**
     * The features a draft is found by: its distinctive ones first (sentences, their sets, the
     * whole text, links: rare by nature, so their buckets hold the copies and few others), then
     * its smallest word shingles, {@link #ANCHORS} in all.
     */
    static long[] anchors(long[] features) {
        long[] anchors = new long[Math.min(ANCHORS, features.length)];
        int n = 0;
        for (long f : features) {
            if (n < anchors.length && TextFeatures.distinctive(f)) {
                anchors[n++] = f;
            }
        }
        for (long f : features) {
            if (n < anchors.length && !TextFeatures.distinctive(f)) {
                anchors[n++] = f;
            }
        }
        Arrays.sort(anchors);
        return anchors;
    }

    private long[] withoutBoilerplate(long[] features) {
        long[] kept = new long[features.length];
        int n = 0;
        for (long f : features) {
            if (!boilerplate.contains(f)) {
                kept[n++] = f;
            }
        }
        return Arrays.copyOf(kept, n);
    }
}
