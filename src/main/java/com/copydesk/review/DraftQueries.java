package com.copydesk.review;

import com.copydesk.model.Claim;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.DraftStats;
import com.copydesk.model.HistoryEntry;
import com.copydesk.model.NearTwin;
import com.copydesk.model.Overview;
import com.copydesk.model.QueueKey;
import com.copydesk.model.QueuePlan;
import com.copydesk.model.QueueSort;
import com.copydesk.model.StoredDraft;
import com.copydesk.store.ClaimRepository;
import com.copydesk.store.CorpusRepository;
import com.copydesk.store.DraftRepository;
import com.copydesk.store.FtsQuery;
import com.copydesk.store.HistoryRepository;
import com.copydesk.store.ImportRunRepository;
import com.copydesk.store.OverviewRepository;
import com.copydesk.store.QueueRepository;
import com.copydesk.store.Store;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/** What the window and the command line read: drafts, pages of the queue, counts, history. */
public final class DraftQueries {
    private final Store store;
    private final DraftRepository drafts;
    private final QueueRepository queue;
    private final HistoryRepository history;
    private final ImportRunRepository runs;
    private final OverviewRepository overview;
    private final ClaimRepository claims;
    private final Clock clock;

    public DraftQueries(Store store, DraftRepository drafts, QueueRepository queue, HistoryRepository history,
                        ImportRunRepository runs, OverviewRepository overview, ClaimRepository claims, Clock clock) {
        this.store = store;
        this.drafts = drafts;
        this.queue = queue;
        this.history = history;
        this.runs = runs;
        this.overview = overview;
        this.claims = claims;
        this.clock = clock;
    }

    /** Changes when something outside this process changed the store (see {@code Store.othersVersion}). */
    public long othersVersion() {
        return store.othersVersion();
    }

    /**
     * Calls {@code wake} (on a thread of the store's) when another process may have changed the
     * store; false when the store tells no one (a SQLite file: look at {@link #othersVersion} instead).
     */
    public boolean onOthersChange(Runnable wake) {
        return store.onOthersChange(wake);
    }

    /** Whether this is a team store (PostgreSQL), which several editors share. */
    public boolean teamStore() {
        return store.teamAddress().isPresent();
    }

    /** Whether other processes' changes are told now (a team store whose server answers). */
    public boolean othersChangesTold() {
        return store.othersChangesTold();
    }

    /** The id of the rule whose findings name near-duplicate twins (for the window, which knows no rules). */
    public static final String NEAR_DUPLICATE_RULE = com.copydesk.rules.checks.NearDuplicateRule.ID;

    /** What a search reads, in one line, for hints and help. */
    public static final String SEARCH_SYNTAX = FtsQuery.SYNTAX;

    /** Why a search text cannot be searched, as a hint for the editor; empty when it can. */
    public static Optional<String> searchProblem(String search) {
        if (search == null || search.isBlank()) {
            return Optional.empty();
        }
        try {
            FtsQuery.from(search);
            return Optional.empty();
        } catch (FtsQuery.InvalidQueryException e) {
            return Optional.of(e.getMessage());
        }
    }

    public Optional<StoredDraft> find(String reference) {
        return store.reading(tx -> drafts.find(tx, reference));
    }

    public Optional<StoredDraft> find(long id) {
        return store.reading(tx -> drafts.find(tx, id));
    }

    public List<HistoryEntry> history(long draftId) {
        return store.reading(tx -> history.forDraft(tx, draftId));
    }

    /**
     * The draft's nearest near-duplicate twins as the store pairs them now, most similar first (the
     * ones its near-duplicate finding names: {@link FlagDrafts#TWINS_NAMED}).
     */
    public List<NearTwin> twins(long draftId) {
        return twins(draftId, FlagDrafts.TWINS_NAMED);
    }

    /** Up to {@code limit} of the draft's near-duplicate twins, most similar first, then by reference. */
    public List<NearTwin> twins(long draftId, int limit) {
        return store.reading(tx -> new CorpusRepository().partners(tx, draftId, limit).stream()
                .map(p -> new NearTwin(p.id(), p.reference(), p.title(), p.similarity())).toList());
    }

    /** Who holds the draft now (a lease that ended holds nothing). */
    public Optional<Claim> claim(long draftId) {
        return store.reading(tx -> claims.holder(tx, draftId, clock.instant()));
    }

    /**
     * Up to {@code limit} rows after {@code after} (null: from the start) in the given order.
     *
     * @param plan from {@link #plan} for the filter
     */
    public List<DraftRow> page(DraftFilter filter, QueueSort sort, QueueKey after, int limit, QueuePlan plan) {
        return store.reading(tx -> {
            List<DraftRow> rows = queue.page(tx, now(filter), sort, after, limit, plan);
            // who holds and who decided each row: two look-ups by the page's ids, not a join in every page query
            List<Long> ids = rows.stream().map(DraftRow::id).toList();
            Map<Long, String> holders = claims.holders(tx, ids, clock.instant());
            Map<Long, String> deciders = history.lastDeciders(tx, rows.stream()
                    .filter(r -> r.status() != com.copydesk.model.ReviewStatus.PENDING).map(DraftRow::id).toList());
            return rows.stream().map(r -> r.withWho(holders.get(r.id()), deciders.get(r.id()))).toList();
        });
    }

    /** The key of the last row of every page, for jumping to any page; see {@link QueuePages}. */
    public List<QueueKey> pageEnds(DraftFilter filter, QueueSort sort, int pageSize, QueuePlan plan) {
        return store.reading(tx -> queue.pageEnds(tx, now(filter), sort, plan, pageSize));
    }

    /** How pages of a filter that matches {@code matches} drafts ({@link #count}) are best read. */
    public QueuePlan plan(DraftFilter filter, long matches) {
        if (matches <= QueuePlan.SORT_LIMIT) {
            return QueuePlan.FILTER_FIRST;
        }
        // drafts are never deleted, so the highest id is the number of drafts, or near it
        long total = store.reading(drafts::highestId);
        boolean search = filter.search() != null;
        return QueuePlan.choose(matches, total, search, search && FtsQuery.from(filter.search()).contains("*"));
    }

    /** The filter with "My claims" counting the claims that run now, by this store's clock. */
    private DraftFilter now(DraftFilter filter) {
        return filter.heldBy() == null ? filter : filter.heldAsOf(clock.instant());
    }

    public long count(DraftFilter filter) {
        return store.reading(tx -> queue.count(tx, now(filter)));
    }

    public void forEachId(DraftFilter filter, LongConsumer consumer) {
        store.reading(tx -> {
            queue.forEachId(tx, now(filter), consumer);
            return null;
        });
    }

    public DraftStats stats() {
        return store.reading(queue::stats);
    }

    public Map<String, Long> tagValues(String kind) {
        return store.reading(tx -> queue.tagValues(tx, kind));
    }

    public Map<String, Long> difficulties() {
        return store.reading(queue::difficulties);
    }

    /**
     * The figures of the overview's charts, read at one moment: score histograms, drafts by status
     * and by rule, imports over time in the days of {@code zone}. It counts through indexes only, so
     * it takes time in proportion to the drafts, but reads no draft's row.
     */
    public Overview overview(ZoneId zone) {
        return store.reading(tx -> overview.read(tx, zone));
    }

    /** {@link #overview(ZoneId)} in the days of this computer's time zone. */
    public Overview overview() {
        return overview(ZoneId.systemDefault());
    }

    public List<ImportRunRepository.Run> recentImports(int limit) {
        return store.reading(tx -> runs.recent(tx, limit));
    }
}
