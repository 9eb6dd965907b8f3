package com.copydesk.review;

import com.copydesk.model.Finding;
import com.copydesk.model.StoredDraft;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.TitleKey;
import com.copydesk.rules.checks.NearDuplicateRule;
import com.copydesk.store.CorpusRepository;
import com.copydesk.store.DraftRepository;
import com.copydesk.store.FindingRepository;
import com.copydesk.store.SettingRepository;
import com.copydesk.store.Store;
import com.copydesk.store.Tx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Flags every draft again, when the rules changed (a new rule file, a new Copydesk) or on
 * request ({@code copydesk reflag}). What relates drafts to each other is loaded once (near
 * pairs, grouped into clusters in memory; shared titles); then drafts are read a page at a time,
 * judged in parallel and their findings written, one transaction a page. When the near-duplicate
 * settings changed, the similarity index is rebuilt first.
 */
public final class ReflagDrafts {
    private static final int PAGE = 2000;

    private final Store store;
    private final FlagDrafts flagger;
    private final DraftRepository drafts;
    private final FindingRepository findings;
    private final CorpusRepository corpus;
    private final SettingRepository settings;

    public ReflagDrafts(Store store, FlagDrafts flagger, DraftRepository drafts, FindingRepository findings,
                        CorpusRepository corpus, SettingRepository settings) {
        this.store = store;
        this.flagger = flagger;
        this.drafts = drafts;
        this.findings = findings;
        this.corpus = corpus;
        this.settings = settings;
    }

    /** What a run did. */
    public record Result(long drafts, boolean indexRebuilt, double seconds) {
    }

    public Result run(TaskMonitor monitor) {
        long start = System.nanoTime();
        RuleSet rules = flagger.rules();
        String indexKey = flagger.similarityIndexKey();
        long total = store.reading(corpus::draftCount);
        boolean rebuild = !indexKey.equals(store.reading(tx -> settings.get(tx, FlagDrafts.SIMILARITY_INDEX).orElse("")));
        if (rebuild) {
            rebuildIndex(rules, total, monitor);
            if (!monitor.isCancelled()) {
                store.transaction(tx -> {
                    settings.put(tx, FlagDrafts.SIMILARITY_INDEX, indexKey);
                    return null;
                });
            }
        }
        if (monitor.isCancelled()) {
            return new Result(0, rebuild, seconds(start));
        }
        Relations relations = store.reading(tx -> Relations.load(tx, corpus));
        long done = judgeAll(rules, relations, total, monitor);
        if (!monitor.isCancelled()) {
            store.transaction(tx -> {
                settings.put(tx, FlagDrafts.RULES_VERSION, rules.version());
                return null;
            });
        }
        return new Result(done, rebuild, seconds(start));
    }

    /** A page of drafts and the findings they have now. */
    private record Page(List<StoredDraft> drafts, Map<Long, List<FindingRepository.Stored>> before) {
        long lastId() {
            return drafts.get(drafts.size() - 1).id();
        }
    }

    /**
     * Judges every draft in a pipeline: while one page is judged (in parallel), the next is read
     * and the last one written, each on its own connection.
     */
    private long judgeAll(RuleSet rules, Relations relations, long total, TaskMonitor monitor) {
        LocalDate today = flagger.today();
        ExecutorService reading = Executors.newSingleThreadExecutor(DaemonThreads.named("copydesk-reflag-read"));
        ExecutorService writing = Executors.newSingleThreadExecutor(DaemonThreads.named("copydesk-reflag-write"));
        try {
            Future<Page> next = reading.submit(() -> readPage(0));
            Future<?> written = CompletableFuture.completedFuture(null);
            long done = 0;
            while (!monitor.isCancelled()) {
                Page page = next.get();
                if (page.drafts().isEmpty()) {
                    break;
                }
                next = reading.submit(() -> readPage(page.lastId()));
                List<List<Finding>> judged = page.drafts().parallelStream()
                        .map(d -> rules.evaluate(d.withEditorScores(), today, relations.facts(d.id()))).toList();
                written.get();
                written = writing.submit(() -> store.transaction(tx -> {
                    FindingRepository.Writer writer = FindingRepository.Writer.open(tx);
                    for (int i = 0; i < judged.size(); i++) {
                        long id = page.drafts().get(i).id();
                        writer.replace(id, judged.get(i), FlagDrafts.clusters(judged.get(i), relations.facts(id)),
                                page.before().getOrDefault(id, List.of()));
                    }
                    return null;
                }));
                done += page.drafts().size();
                monitor.progress(done, total, "Flagging drafts: " + done + " of " + total);
            }
            written.get();
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-flagging was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            reading.shutdownNow();
            writing.shutdownNow();
        }
    }

    private Page readPage(long afterId) {
        return store.reading(tx -> {
            List<StoredDraft> page = drafts.pageWithoutFindings(tx, afterId, PAGE);
            Map<Long, List<FindingRepository.Stored>> before = page.isEmpty() ? Map.of()
                    : findings.storedBetween(tx, page.get(0).id(), page.get(page.size() - 1).id());
            return new Page(page, before);
        });
    }


    /**
     * Builds the similarity index anew in one pass in id order: each draft is indexed and
     * compared with the drafts indexed before it, and the later ones find it in turn.
     */
    private void rebuildIndex(RuleSet rules, long total, TaskMonitor monitor) {
        store.transaction(tx -> {
            corpus.clearSimilarityIndex(tx);
            return null;
        });
        flagger.forgetBoilerplate();
        NearDuplicateRule rule = rules.nearDuplicates().orElse(null);
        long after = 0;
        long done = 0;
        while (!monitor.isCancelled()) {
            long from = after;
            List<CorpusRepository.Text> texts = store.reading(tx -> corpus.textsAfter(tx, from, PAGE));
            if (texts.isEmpty()) {
                break;
            }
            List<long[]> prints = rule == null ? List.of() : texts.parallelStream()
                    .map(text -> NearIndex.features(text.body(), rule)).toList();
            store.transaction(tx -> {
                for (CorpusRepository.Text text : texts) {
                    corpus.setTitleKey(tx, text.id(), TitleKey.of(text.title()));
                }
                if (rule != null) {
                    NearIndex index = flagger.index(tx, rule);
                    index.learnBoilerplate(prints);
                    index.prefetch(prints);
                    for (int i = 0; i < texts.size(); i++) {
                        index.add(texts.get(i).id(), prints.get(i));
                    }
                    index.settle();
                }
                return null;
            });
            done += texts.size();
            after = texts.get(texts.size() - 1).id();
            monitor.progress(done, total, "Indexing drafts for near copies: " + done + " of " + total);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Near pairs and shared titles of the whole store, in memory, for judging every draft: the
     * same facts {@link FlagDrafts} finds for one draft (its nearest partners, the lowest id among
     * it and them, its title twin).
     */
    private static final class Relations {
        private final Map<Long, List<Partner>> partners = new HashMap<>();
        private final Map<Long, List<Long>> sameTitle = new HashMap<>();
        private final Map<Long, String> references = new HashMap<>();
        private final Map<Long, String> titles = new HashMap<>();

        private record Partner(long id, double similarity) {
        }

        static Relations load(Tx tx, CorpusRepository corpus) {
            Relations r = new Relations();
            corpus.forEachPair(tx, (a, b, s) -> {
                r.partners.computeIfAbsent(a, k -> new ArrayList<>()).add(new Partner(b, s));
                r.partners.computeIfAbsent(b, k -> new ArrayList<>()).add(new Partner(a, s));
            });
            for (Map.Entry<String, List<Long>> shared : corpus.sharedTitleKeys(tx).entrySet()) {
                for (long id : shared.getValue()) {
                    r.sameTitle.put(id, shared.getValue());
                }
            }
            java.util.Set<Long> named = new java.util.HashSet<>(r.partners.keySet());
            named.addAll(r.sameTitle.keySet());
            for (Map.Entry<Long, String[]> draft : corpus.referencesAndTitles(tx, named).entrySet()) {
                r.references.put(draft.getKey(), draft.getValue()[0]);
                r.titles.put(draft.getKey(), draft.getValue()[1]);
            }
            r.partners.values().forEach(list -> list.sort(Comparator.comparingDouble(Partner::similarity).reversed()
                    .thenComparing(p -> r.references.get(p.id()))));
            return r;
        }

        CorpusFacts facts(long id) {
            List<Partner> near = partners.getOrDefault(id, List.of());
            List<CorpusFacts.NearCopy> named = new ArrayList<>();
            long lowest = id;
            for (Partner p : near) {
                lowest = Math.min(lowest, p.id());
                if (named.size() < FlagDrafts.TWINS_NAMED) {
                    named.add(new CorpusFacts.NearCopy(references.get(p.id()), titles.get(p.id()), p.similarity()));
                }
            }
            List<Long> titled = sameTitle.getOrDefault(id, List.of());
            List<String> twin = new ArrayList<>();
            int at = titled.indexOf(id);
            if (at > 0) {
                twin.add(references.get(titled.get(at - 1)));
            } else if (at == 0 && titled.size() > 1) {
                twin.add(references.get(titled.get(1)));
            }
            return new CorpusFacts(named, near.isEmpty() ? null : lowest, twin, twin.size());
        }
    }
}
