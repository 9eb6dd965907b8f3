package com.copydesk.review;

import com.copydesk.model.Finding;
import com.copydesk.model.StoredDraft;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.MinHash;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.Shingles;
import com.copydesk.rules.TitleKey;
import com.copydesk.rules.checks.NearDuplicateRule;
import com.copydesk.store.CorpusRepository;
import com.copydesk.store.DraftRepository;
import com.copydesk.store.FindingRepository;
import com.copydesk.store.SettingRepository;
import com.copydesk.store.Store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Flags drafts: runs the rules on the drafts an action changed, and on the drafts whose
 * findings depend on them (their near copies, old and new, and drafts with the same title), in
 * the action's own transaction. When a draft's text changed it first brings the similarity index
 * and title key up to date: candidates come from shared LSH buckets and are checked exactly, so
 * no draft is compared with every other.
 */
public final class FlagDrafts implements DraftsChanged {
    static final String RULES_VERSION = "rules_version";
    static final String SIMILARITY_INDEX = "similarity_index";
    /** Candidates whose signatures agree less than this below the threshold are not read. */
    private static final double ESTIMATE_MARGIN = 0.15;
    private static final int SAME_TITLES_NAMED = 3;
    private static final int CLUSTER_LIMIT = 10_000;

    private final DraftRepository drafts;
    private final FindingRepository findings;
    private final CorpusRepository corpus;
    private final SettingRepository settings;
    private final Clock clock;
    private volatile RuleSet rules;

    public FlagDrafts(DraftRepository drafts, FindingRepository findings, CorpusRepository corpus,
                      SettingRepository settings, RuleSet rules, Clock clock) {
        this.drafts = drafts;
        this.findings = findings;
        this.corpus = corpus;
        this.settings = settings;
        this.rules = rules;
        this.clock = clock;
    }

    public RuleSet rules() {
        return rules;
    }

    /** Takes a new rule set; the drafts follow it on the next {@link ReflagDrafts} run. */
    public void useRules(RuleSet newRules) {
        this.rules = newRules;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How the similarity index is built under the current rules; a change means rebuilding it. */
    String similarityIndexKey() {
        return rules.nearDuplicates()
                // "buckets=2": the bucket layout of 2026-11-25; a new layout must rebuild stores indexed with the old
                .map(r -> "shingles=" + r.shingleWords() + ";minhash=" + MinHash.SIZE / r.bandRows() + "x" + r.bandRows()
                        + ";buckets=2"
                        + ";threshold=" + r.threshold())
                .orElse("off")
                // the index pass also makes every draft's title key: a new way of making keys makes them again
                + ";titles=" + TitleKey.VERSION;
    }

    /** Whether the store's findings or similarity index follow other rules than these. */
    public boolean isStale(Store store) {
        return store.read(c -> !rules.version().equals(settings.get(c, RULES_VERSION).orElse(""))
                || !similarityIndexKey().equals(settings.get(c, SIMILARITY_INDEX).orElse("")));
    }

    /**
     * Records that an empty store follows the rules in force (it trivially does): imports flag
     * each draft with them, so the first import needs no pass over all drafts afterwards.
     */
    public void adoptIfEmpty(Store store) {
        store.write(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM draft)")) {
                if (rs.next() && !rs.getBoolean(1)) {
                    settings.put(c, RULES_VERSION, rules.version());
                    settings.put(c, SIMILARITY_INDEX, similarityIndexKey());
                }
            }
            return null;
        });
    }

    @Override
    public void changed(Connection c, Collection<Long> draftIds, boolean textChanged) throws SQLException {
        Set<Long> affected = new LinkedHashSet<>(draftIds);
        if (textChanged) {
            List<CorpusRepository.Text> texts = corpus.texts(c, draftIds);
            for (CorpusRepository.Text text : texts) {
                affected.addAll(updateTitleKey(c, text));
            }
            Optional<NearDuplicateRule> rule = rules.nearDuplicates();
            if (rule.isPresent()) {
                // Shingling and hashing is CPU work: done in parallel, before the store work.
                List<Fingerprint> prints = texts.parallelStream()
                        .map(text -> Fingerprint.of(text.id(), text.body(), rule.get())).toList();
                for (Fingerprint print : prints) {
                    affected.addAll(updateSimilarity(c, print, rule.get()));
                }
            }
        }
        evaluate(c, affected);
    }

    /** Drafts whose duplicate-title finding may change with this one's title. */
    private List<Long> updateTitleKey(Connection c, CorpusRepository.Text text) throws SQLException {
        String key = TitleKey.of(text.title());
        String old = corpus.titleKey(c, text.id());
        if (key.equals(old)) {
            return List.of();
        }
        corpus.setTitleKey(c, text.id(), key);
        List<Long> touched = new ArrayList<>(corpus.withTitleKey(c, old, 1000));
        touched.addAll(corpus.withTitleKey(c, key, 1000));
        return touched;
    }

    /** A body's shingles, MinHash signature and LSH buckets. */
    record Fingerprint(long id, long[] shingles, int[] signature, long[] buckets) {
        static Fingerprint of(long id, String body, NearDuplicateRule rule) {
            long[] shingles = Shingles.of(body, rule.shingleWords());
            int[] signature = MinHash.signature(shingles);
            return new Fingerprint(id, shingles, signature, MinHash.buckets(signature, rule.bandRows()));
        }
    }

    /**
     * Stores the draft's signature and near pairs; returns the drafts whose near-duplicate
     * finding may change: its old and new partners and everyone in its cluster.
     */
    Set<Long> updateSimilarity(Connection c, Fingerprint print, NearDuplicateRule rule) throws SQLException {
        long id = print.id();
        Set<Long> touched = new LinkedHashSet<>(corpus.partnerIds(c, id));
        Map<Long, Double> partners = new LinkedHashMap<>();
        double threshold = rule.threshold();
        for (Map.Entry<Long, byte[]> candidate : corpus.candidates(c, id, print.buckets()).entrySet()) {
            if (MinHash.estimate(print.signature(), MinHash.fromBytes(candidate.getValue()))
                    < threshold - ESTIMATE_MARGIN) {
                continue;
            }
            String other = corpus.body(c, candidate.getKey());
            double similarity = Shingles.jaccard(print.shingles(), Shingles.of(other, rule.shingleWords()));
            if (similarity >= threshold) {
                partners.put(candidate.getKey(), similarity);
            }
        }
        byte[] old = corpus.signature(c, id);
        corpus.saveSignature(c, id, MinHash.toBytes(print.signature()), print.buckets(),
                old == null ? new long[0] : MinHash.buckets(MinHash.fromBytes(old), rule.bandRows()));
        if (!partners.isEmpty() || !touched.isEmpty()) {
            corpus.replacePairs(c, id, partners);
        }
        touched.addAll(partners.keySet());
        if (!partners.isEmpty()) {
            touched.addAll(corpus.cluster(c, id, CLUSTER_LIMIT));
        }
        return touched;
    }

    /**
     * Runs the rules on these drafts and replaces their findings: the drafts and the facts about
     * them are read first, judged in parallel, then written, all in the caller's transaction.
     */
    public void evaluate(Connection c, Collection<Long> ids) throws SQLException {
        RuleSet current = rules;
        LocalDate today = today();
        boolean nearOn = current.nearDuplicates().isPresent();
        List<StoredDraft> found = new ArrayList<>(ids.size());
        List<CorpusFacts> facts = new ArrayList<>(ids.size());
        for (long id : ids) {
            Optional<StoredDraft> draft = drafts.findWithoutFindings(c, id);
            if (draft.isPresent()) {
                found.add(draft.get());
                facts.add(facts(c, id, nearOn));
            }
        }
        List<List<Finding>> judged = java.util.stream.IntStream.range(0, found.size()).parallel()
                .mapToObj(i -> current.evaluate(found.get(i).withEditorScores(), today, facts.get(i))).toList();
        FindingRepository.Writer writer = new FindingRepository.Writer(c);
        for (int i = 0; i < found.size(); i++) {
            long id = found.get(i).id();
            writer.replace(id, judged.get(i), clusters(judged.get(i), facts.get(i)), findings.stored(c, id));
        }
    }

    private CorpusFacts facts(Connection c, long id, boolean nearOn) throws SQLException {
        List<CorpusFacts.NearCopy> copies = new ArrayList<>();
        Long cluster = null;
        if (nearOn) {
            for (CorpusRepository.Partner partner : corpus.partners(c, id)) {
                copies.add(new CorpusFacts.NearCopy(partner.reference(), partner.similarity()));
            }
            if (!copies.isEmpty()) {
                cluster = Collections.min(corpus.cluster(c, id, CLUSTER_LIMIT));
            }
        }
        Map.Entry<List<String>, Integer> same = corpus.sameTitle(c, id, SAME_TITLES_NAMED);
        return new CorpusFacts(copies, cluster, same.getKey(), same.getValue());
    }

    /** Each finding's near-duplicate cluster, so that the queue can show a cluster together. */
    static List<Long> clusters(List<Finding> findings, CorpusFacts facts) {
        List<Long> clusters = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            clusters.add(NearDuplicateRule.ID.equals(finding.rule()) ? facts.cluster() : null);
        }
        return clusters;
    }
}
