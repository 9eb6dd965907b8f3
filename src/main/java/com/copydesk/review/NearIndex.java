package com.copydesk.review;

import com.copydesk.rules.TextFeatures;
import com.copydesk.rules.checks.NearDuplicateRule;
import com.copydesk.store.CorpusRepository;
import com.copydesk.store.CorpusRepository.Print;
import com.copydesk.store.Tx;

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
    /** A bucket with more drafts than this is not read: no bucket makes a draft compare with more. */
    static final int BUCKET_READ = 128;
    /** Candidates verified per draft, those sharing the most anchors. */
    static final int VERIFIED = 20;
    /** Word and sentence feature sets smaller than these count as this large (see {@link TextFeatures#overlap}). */
    static final int FEWEST_WORD_FEATURES = 10;
    static final int FEWEST_SENTENCE_FEATURES = 4;

    private final Tx tx;
    private final CorpusRepository corpus;
    private final NearDuplicateRule rule;
    private final Set<Long> boilerplate;
    private final Set<Long> newBoilerplate = new LinkedHashSet<>();
    private final int boilerplateDrafts;
    /**
     * The anchor buckets read in this transaction, kept as the store has them while drafts are
     * indexed (feature to its drafts, sorted; {@link #FULL} for one of more than
     * {@link #BUCKET_READ}): a batch reads its drafts' buckets in one query ({@link #prefetch})
     * instead of one query per anchor and draft, and a full bucket is not read again.
     */
    private final Map<Long, long[]> buckets = new HashMap<>();
    private static final long[] FULL = new long[0];

    /**
     * @param storeDrafts how many drafts the store holds: a feature in more than
     *                    {@link #boilerplateDrafts(long)} of them is boilerplate
     */
    NearIndex(Tx tx, CorpusRepository corpus, NearDuplicateRule rule, Set<Long> boilerplate, long storeDrafts) {
        this.tx = tx;
        this.corpus = corpus;
        this.rule = rule;
        this.boilerplate = boilerplate;
        this.boilerplateDrafts = boilerplateDrafts(storeDrafts);
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
     * Counts these drafts' features in the store's document frequencies, before they are indexed,
     * so that a feature the batch makes boilerplate is not anchored on and indexed again at once.
     * Only features found in two or more drafts of the batch are counted: a template's features
     * repeat within any batch of some size, while the hundreds of features each draft has alone
     * would make the count table as large as the text (a draft saved alone, an edit, moves no
     * count; its features were counted when it came in a batch).
     */
    void learnBoilerplate(List<long[]> prints) {
        if (prints.size() < 2) {
            return;
        }
        Map<Long, Integer> drafts = new HashMap<>();
        for (long[] features : prints) {
            for (long f : features) {
                drafts.merge(f, 1, Integer::sum);
            }
        }
        List<Long> repeated = new ArrayList<>();
        drafts.forEach((f, n) -> {
            if (n >= 2 && !boilerplate.contains(f)) {
                repeated.add(f);
            }
        });
        repeated.sort(Comparator.naturalOrder());
        for (long f : repeated) {
            if (corpus.countFeature(tx, f, drafts.get(f)) > boilerplateDrafts) {
                newBoilerplate.add(f);
                boilerplate.add(f);
            }
        }
    }

    /**
     * Indexes a draft and stores its near pairs; returns the drafts whose near-duplicate finding
     * may change: its old and new partners, at most {@link #VERIFIED} new ones.
     */
    Set<Long> add(long id, long[] allFeatures) {
        long[] features = withoutBoilerplate(allFeatures);
        long[] anchors = anchors(features);
        long[] kept = Arrays.copyOf(features, Math.min(KEPT, features.length));
        Print old = corpus.print(tx, id);
        Set<Long> touched = new LinkedHashSet<>(corpus.partnerIds(tx, id));
        // a shared anchor counts the more the fewer drafts have it: the original's link or
        // sentence is worth more than a shingle of the topic that sixty drafts share
        CandidateWeights shared = new CandidateWeights(ANCHORS * 8);
        for (long anchor : anchors) {
            long[] bucket = bucket(anchor);
            if (bucket == FULL) {
                // too common to single out a copy; and reading only some of it would make the
                // candidates depend on which drafts came first
                continue;
            }
            double weight = 1.0 / (1 + bucket.length);
            for (long other : bucket) {
                if (other != id) {
                    shared.add(other, weight);
                }
            }
        }
        corpus.savePrint(tx, new Print(id, features.length, kept, anchors), old);
        moveInBuckets(id, old == null ? new long[0] : old.anchors(), anchors);
        Map<Long, Double> partners = new LinkedHashMap<>();
        for (long other : shared.best(VERIFIED)) {
            double similarity = similarity(features, other);
            if (similarity >= rule.threshold()) {
                partners.put(other, similarity);
            }
        }
        // a pair stays while it verifies, whichever of the two found it: the other draft may
        // have found this one among its candidates when this one was not among the other's
        for (long other : touched) {
            if (!partners.containsKey(other)) {
                double similarity = similarity(features, other);
                if (similarity >= rule.threshold()) {
                    partners.put(other, similarity);
                }
            }
        }
        if (!partners.isEmpty() || !touched.isEmpty()) {
            corpus.replacePairs(tx, id, partners);
        }
        touched.addAll(partners.keySet());
        return touched;
    }

    /**
     * Reads the anchor buckets of these drafts (their features as {@link #features} gives them) in
     * one query a few thousand anchors, before they are indexed with {@link #add}: the store's
     * part of the batch's lookups then costs a query per batch, not {@link #ANCHORS} per draft.
     */
    void prefetch(List<long[]> prints) {
        Set<Long> wanted = new LinkedHashSet<>();
        for (long[] features : prints) {
            for (long anchor : anchors(withoutBoilerplate(features))) {
                if (!buckets.containsKey(anchor)) {
                    wanted.add(anchor);
                }
            }
        }
        long[] all = wanted.stream().mapToLong(Long::longValue).toArray();
        for (int from = 0; from < all.length; from += PREFETCH_CHUNK) {
            read(Arrays.copyOfRange(all, from, Math.min(all.length, from + PREFETCH_CHUNK)));
        }
    }

    /** Anchors a prefetch query asks for at once. */
    private static final int PREFETCH_CHUNK = 4096;

    private void read(long[] features) {
        for (long feature : features) {
            buckets.put(feature, new long[0]); // the store left out the empty ones
        }
        for (CorpusRepository.Bucket bucket : corpus.buckets(tx, features, BUCKET_READ)) {
            buckets.put(bucket.feature(), bucket.full() ? FULL : bucket.drafts());
        }
    }

    /** An anchor's bucket as the store has it now: its drafts, or {@link #FULL}. */
    private long[] bucket(long anchor) {
        long[] bucket = buckets.get(anchor);
        if (bucket == null) {
            read(new long[] {anchor});
            bucket = buckets.get(anchor);
        }
        return bucket;
    }

    /** Keeps the read buckets as {@link CorpusRepository#savePrint} left the store: old anchors out, new in. */
    private void moveInBuckets(long id, long[] oldAnchors, long[] newAnchors) {
        for (long feature : oldAnchors) {
            long[] bucket = buckets.get(feature);
            if (bucket == FULL) {
                buckets.remove(feature); // one fewer may no longer be full: read it again when asked
            } else if (bucket != null) {
                int at = Arrays.binarySearch(bucket, id);
                if (at >= 0) {
                    long[] smaller = new long[bucket.length - 1];
                    System.arraycopy(bucket, 0, smaller, 0, at);
                    System.arraycopy(bucket, at + 1, smaller, at, bucket.length - at - 1);
                    buckets.put(feature, smaller);
                }
            }
        }
        for (long feature : newAnchors) {
            long[] bucket = buckets.get(feature);
            if (bucket == null || bucket == FULL) {
                continue; // not read yet (the store has the new row), or full and staying so
            }
            int at = Arrays.binarySearch(bucket, id);
            if (at < 0) {
                int insert = -at - 1;
                long[] larger = new long[bucket.length + 1];
                System.arraycopy(bucket, 0, larger, 0, insert);
                larger[insert] = id;
                System.arraycopy(bucket, insert, larger, insert + 1, bucket.length - insert);
                buckets.put(feature, larger.length > BUCKET_READ ? FULL : larger);
            }
        }
    }

    /**
     * The exact similarity of a draft's features (boilerplate left out) to another draft's. When
     * the other's print holds all its features, they are compared; otherwise its body is read.
     */
    private double similarity(long[] features, long other) {
        Print print = corpus.print(tx, other);
        long[] theirs;
        if (print != null && print.features() <= print.smallest().length) {
            theirs = withoutBoilerplate(print.smallest());
        } else {
            String body = corpus.body(tx, other);
            if (body == null) {
                return 0;
            }
            theirs = withoutBoilerplate(features(body, rule));
        }
        return TextFeatures.overlap(features, theirs, FEWEST_WORD_FEATURES, FEWEST_SENTENCE_FEATURES);
    }

    /**
     * Makes the features that became boilerplate in this transaction so in the store, then
     * settles what depended on them, so that the pairs do not depend on which drafts came first:
     * the drafts that had one as an anchor are indexed again (found by their other features), and
     * every stored pair is verified again without the new boilerplate (a pair no longer similar
     * enough, or whose drafts no longer share an anchor, is dropped). A feature becomes boilerplate once, so this runs rarely: when a
     * template first passes its share of the store. Returns the drafts whose finding may change.
     */
    Set<Long> settle() {
        if (newBoilerplate.isEmpty()) {
            return Set.of();
        }
        Set<Long> again = new LinkedHashSet<>();
        for (long feature : newBoilerplate) {
            boilerplate.add(feature);
            again.addAll(corpus.withAnchor(tx, feature, Integer.MAX_VALUE));
            corpus.markBoilerplate(tx, feature);
            buckets.remove(feature);
        }
        newBoilerplate.clear();
        Set<Long> touched = new LinkedHashSet<>();
        for (long id : again) {
            String body = corpus.body(tx, id);
            if (body != null) {
                Set<Long> partners = add(id, features(body, rule));
                if (!partners.isEmpty()) {
                    touched.add(id); // its own pairs may have changed: it is judged again too
                    touched.addAll(partners);
                }
            }
        }
        Map<Long, long[]> features = new HashMap<>();
        List<long[]> pairs = new ArrayList<>();
        corpus.forEachPair(tx, (a, b, similarity) -> pairs.add(new long[] {a, b}));
        for (long[] pair : pairs) {
            long[] mine = features.computeIfAbsent(pair[0], this::featuresOf);
            long[] theirs = features.computeIfAbsent(pair[1], this::featuresOf);
            if (!similar(mine, theirs) || !shareAnchor(pair[0], pair[1])) {
                corpus.removePair(tx, pair[0], pair[1]);
                touched.add(pair[0]);
                touched.add(pair[1]);
            }
        }
        return touched;
    }

    /**
     * Whether two drafts share an anchor: a pair found while the boilerplate was not yet known
     * (anchored on it) stays only if the two would find each other now, as they would had all
     * the drafts come at once.
     */
    private boolean shareAnchor(long one, long other) {
        Print a = corpus.print(tx, one);
        Print b = corpus.print(tx, other);
        if (a == null || b == null) {
            return false;
        }
        long[] x = a.anchors();
        long[] y = b.anchors();
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                return true;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private boolean similar(long[] mine, long[] theirs) {
        return TextFeatures.overlap(mine, theirs, FEWEST_WORD_FEATURES, FEWEST_SENTENCE_FEATURES) >= rule.threshold();
    }

    /** A stored draft's features without boilerplate, read from its body. */
    private long[] featuresOf(long id) {
        String body = corpus.body(tx, id);
        return body == null ? new long[0] : withoutBoilerplate(features(body, rule));
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
