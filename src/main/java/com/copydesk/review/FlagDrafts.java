package com.copydesk.review;

import com.copydesk.model.Finding;
import com.copydesk.model.StoredDraft;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.TitleKey;
import com.copydesk.rules.checks.NearDuplicateRule;
import com.copydesk.store.CorpusRepository;
import com.copydesk.store.DraftRepository;
import com.copydesk.store.DraftsChanged;
import com.copydesk.store.FindingRepository;
import com.copydesk.store.SettingRepository;
import com.copydesk.store.Store;
import com.copydesk.store.Tx;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flags drafts: runs the rules on the drafts an action changed, and on the drafts whose
 * findings depend on them (their near copies, old and new, and their neighbours among the drafts
 * with the same title), in the action's own transaction. When a draft's text changed it first
 * brings the near-duplicate index ({@link NearIndex}) and title key up to date. Every draft
 * costs a bounded amount of work: no group of drafts with one title, no cluster of near copies,
 * is judged again whole because one more joined it.
 */
public final class FlagDrafts implements DraftsChanged {
    static final String RULES_VERSION = "rules_version";
    static final String SIMILARITY_INDEX = "similarity_index";
    /** Near copies a finding names: the nearest, so that a far one joining changes nothing. */
    static final int TWINS_NAMED = 3;

    private final DraftRepository drafts;
    private final FindingRepository findings;
    private final CorpusRepository corpus;
    private final SettingRepository settings;
    private final Clock clock;
    private volatile RuleSet rules;
    /** The store's boilerplate features, read once and then kept up to date (see {@link #boilerplate}). */
    private Set<Long> boilerplate;

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
                .map(r -> "features=" + r.shingleWords() + "+sentences;anchors=" + NearIndex.ANCHORS
                        + ";boilerplate=" + NearIndex.BOILERPLATE_SHARE + "/" + NearIndex.BOILERPLATE_FLOOR + ";verified=" + NearIndex.VERIFIED
                        + ";overlap=" + r.threshold())
                .orElse("off")
                // the index pass also makes every draft's title key: a new way of making keys makes them again
                + ";titles=" + TitleKey.VERSION;
    }

    /** Whether the store's findings or similarity index follow other rules than these. */
    public boolean isStale(Store store) {
        return store.reading(tx -> !rules.version().equals(settings.get(tx, RULES_VERSION).orElse(""))
                || !similarityIndexKey().equals(settings.get(tx, SIMILARITY_INDEX).orElse("")));
    }

    /**
     * Records that an empty store follows the rules in force (it trivially does): imports flag
     * each draft with them, so the first import needs no pass over all drafts afterwards.
     */
    public void adoptIfEmpty(Store store) {
        store.transaction(tx -> {
            if (drafts.isEmpty(tx)) {
                settings.put(tx, RULES_VERSION, rules.version());
                settings.put(tx, SIMILARITY_INDEX, similarityIndexKey());
            }
            return null;
        });
    }

    @Override
    public void changed(Tx tx, Collection<Long> draftIds, boolean textChanged) {
        Set<Long> affected = new LinkedHashSet<>(draftIds);
        if (textChanged) {
            List<CorpusRepository.Text> texts = corpus.texts(tx, draftIds);
            for (CorpusRepository.Text text : texts) {
                affected.addAll(updateTitleKey(tx, text));
            }
            Optional<NearDuplicateRule> rule = rules.nearDuplicates();
            if (rule.isPresent()) {
                // Reading words and hashing is CPU work: done in parallel, before the store work.
                List<long[]> prints = texts.parallelStream()
                        .map(text -> NearIndex.features(text.body(), rule.get())).toList();
                NearIndex index = index(tx, rule.get());
                index.learnBoilerplate(prints);
                index.prefetch(prints);
                for (int i = 0; i < texts.size(); i++) {
                    affected.addAll(index.add(texts.get(i).id(), prints.get(i)));
                }
                affected.addAll(index.settle());
            }
        }
        affected.removeAll(draftIds);
        evaluate(tx, draftIds, affected);
    }

    /** The near-duplicate index in this transaction, with the store's boilerplate. */
    NearIndex index(Tx tx, NearDuplicateRule rule) {
        return new NearIndex(tx, corpus, rule, boilerplate(tx), corpus.draftCount(tx));
    }

    /**
     * The boilerplate features: kept between transactions, read again when the store's count
     * differs (another process added some, or a transaction that added some rolled back).
     */
    private synchronized Set<Long> boilerplate(Tx tx) {
        if (boilerplate == null || boilerplate.size() != corpus.boilerplateCount(tx)) {
            boilerplate = java.util.Collections.synchronizedSet(corpus.boilerplate(tx));
        }
        return boilerplate;
    }

    /** Forgets the kept boilerplate: after the index was cleared. */
    synchronized void forgetBoilerplate() {
        boilerplate = null;
    }

    /**
     * Drafts whose duplicate-title finding may change with this one's title: it and, in its old
     * and new title group, the few whose named twin may change (at most three each).
     */
    private Set<Long> updateTitleKey(Tx tx, CorpusRepository.Text text) {
        String key = TitleKey.of(text.title());
        String old = corpus.titleKey(tx, text.id());
        if (key.equals(old)) {
            return Set.of();
        }
        Set<Long> touched = new LinkedHashSet<>(corpus.titleNeighbours(tx, old, text.id()));
        corpus.setTitleKey(tx, text.id(), key);
        touched.addAll(corpus.titleNeighbours(tx, key, text.id()));
        return touched;
    }

    /**
     * Runs the rules on these drafts and replaces their findings: the drafts and the facts about
     * them are read first, judged in parallel, then written, all in the caller's transaction.
     */
    public void evaluate(Tx tx, Collection<Long> ids) {
        evaluate(tx, ids, Set.of());
    }

    /**
     * Judges {@code whole} with every rule, and {@code relationsOnly} — drafts whose text did not
     * change, only their title twins or near copies — with the relation rules alone, keeping
     * their other findings as stored: a draft joining a title group or a cluster then costs its
     * neighbours a few index reads, not a second reading of their bodies. Both give the findings
     * a whole judgement would (FlagDraftsRelationsTest).
     */
    private void evaluate(Tx tx, Collection<Long> whole, Collection<Long> relationsOnly) {
        RuleSet current = rules;
        LocalDate today = today();
        boolean nearOn = current.nearDuplicates().isPresent();
        List<StoredDraft> found = new ArrayList<>(whole.size() + relationsOnly.size());
        List<CorpusFacts> facts = new ArrayList<>(found.size());
        List<List<FindingRepository.Stored>> before = new ArrayList<>(found.size());
        read(tx, whole, nearOn, found, facts, before);
        int judgedWhole = found.size(); // the first judgedWhole drafts are judged whole, the rest on their relations
        read(tx, relationsOnly, nearOn, found, facts, before);
        List<List<Finding>> judged = java.util.stream.IntStream.range(0, found.size()).parallel()
                .mapToObj(i -> i < judgedWhole
                        ? current.evaluate(found.get(i).withEditorScores(), today, facts.get(i))
                        : current.reevaluateRelations(found.get(i).imported(), today, facts.get(i),
                                before.get(i).stream().map(FindingRepository.Stored::finding).toList()))
                .toList();
        FindingRepository.Writer writer = FindingRepository.Writer.open(tx);
        for (int i = 0; i < found.size(); i++) {
            writer.replace(found.get(i).id(), judged.get(i), clusters(judged.get(i), facts.get(i)), before.get(i));
        }
    }

    /** Reads each draft that exists, the facts about it and the findings it has now. */
    private void read(Tx tx, Collection<Long> ids, boolean nearOn, List<StoredDraft> found, List<CorpusFacts> facts,
                      List<List<FindingRepository.Stored>> before) {
        for (long id : ids) {
            Optional<StoredDraft> draft = drafts.findWithoutFindings(tx, id);
            if (draft.isPresent()) {
                found.add(draft.get());
                facts.add(facts(tx, id, nearOn));
                before.add(findings.stored(tx, id));
            }
        }
    }

    private CorpusFacts facts(Tx tx, long id, boolean nearOn) {
        List<CorpusFacts.NearCopy> copies = new ArrayList<>();
        Long cluster = null;
        if (nearOn) {
            for (CorpusRepository.Partner partner : corpus.partners(tx, id, TWINS_NAMED)) {
                copies.add(new CorpusFacts.NearCopy(partner.reference(), partner.title(), partner.similarity()));
            }
            if (!copies.isEmpty()) {
                cluster = corpus.lowestNeighbour(tx, id);
            }
        }
        String twin = corpus.titleTwin(tx, id);
        return new CorpusFacts(copies, cluster, twin == null ? List.of() : List.of(twin), twin == null ? 0 : 1);
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
