package com.copydesk.app;

import com.copydesk.export.Exporter;
import com.copydesk.importer.DraftFileReader;
import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;
import com.copydesk.review.DraftDocument;
import com.copydesk.review.DraftQueries;
import com.copydesk.review.FlagDrafts;
import com.copydesk.review.ReflagDrafts;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.SavedViews;
import com.copydesk.review.ReviewRules;
import com.copydesk.rules.RuleConfigException;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.ruleset.RuleSetLoader;
import com.copydesk.store.CorpusRepository;
import com.copydesk.store.JournalRepository;
import com.copydesk.store.ReviewRepository;
import com.copydesk.store.SettingRepository;
import com.copydesk.store.StoreException;
import com.copydesk.review.ExportDrafts;
import com.copydesk.review.ImportDrafts;
import com.copydesk.review.Workspace;
import com.copydesk.store.DraftRepository;
import com.copydesk.store.FindingRepository;
import com.copydesk.store.HistoryRepository;
import com.copydesk.store.ImportRunRepository;
import com.copydesk.store.OverviewRepository;
import com.copydesk.store.QueueRepository;
import com.copydesk.store.Store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The one place that builds Copydesk's object graph for a store, with constructors. The window
 * and the command line both start here, so they use the same use cases on the same store.
 */
public final class Copydesk implements Workspace {
    /** How long a file dialog waits for the store's work in progress (a batch of an import, a count) to end. */
    private static final java.time.Duration STORE_PAUSE_WAIT = java.time.Duration.ofSeconds(5);

    private final Store store;
    private final ImportDrafts imports;
    private final DraftQueries queries;
    private final DraftDocument documents;
    private final ReviewRules rules;
    private final ReviewActions actions;
    private final SavedViews savedViews;
    private final ExportDrafts exports;

    private Copydesk(Store store, RuleSet ruleSet, Path ruleFile, Clock clock) {
        this.store = store;
        DraftJson json = new DraftJson(DraftLimits.DEFAULT);
        FindingRepository findings = new FindingRepository();
        DraftRepository drafts = new DraftRepository(json, findings);
        ImportRunRepository runs = new ImportRunRepository();
        CorpusRepository corpus = new CorpusRepository();
        SettingRepository settings = new SettingRepository();
        FlagDrafts flagger = new FlagDrafts(drafts, findings, corpus, settings, ruleSet, clock);
        this.rules = new ReviewRules(store, ruleFile, new RuleSetLoader(), flagger,
                new ReflagDrafts(store, flagger, drafts, findings, corpus, settings));
        this.actions = new ReviewActions(store, new ReviewRepository(), findings, new QueueRepository(),
                new JournalRepository(), flagger, clock);
        this.savedViews = new SavedViews(store, settings);
        this.imports = new ImportDrafts(store, json, drafts, runs, new DraftFileReader(json, DraftLimits.DEFAULT),
                flagger, clock);
        this.documents = new DraftDocument(json);
        this.queries = new DraftQueries(store, drafts, new QueueRepository(), new HistoryRepository(), runs,
                new OverviewRepository());
        this.exports = new ExportDrafts(store, drafts, new QueueRepository(), new Exporter(json), clock);
        store.write(c -> runs.markInterrupted(c, clock.instant()));
        flagger.adoptIfEmpty(store);
    }

    /**
     * Opens (creating or migrating) the store and builds everything on it, with the rules of the
     * store's rule file; a wrong rule file is reported as a store that cannot be used.
     */
    public static Copydesk open(Path storeFile, Clock clock) {
        Path ruleFile = ReviewRules.ruleFileFor(storeFile.toAbsolutePath());
        RuleSet ruleSet;
        try {
            ruleSet = new RuleSetLoader().load(ruleFile);
        } catch (RuleConfigException e) {
            throw new StoreException("The rule file " + ruleFile + " is wrong: " + e.getMessage()
                    + ". Fix it, or move it away to use the default rules.", e);
        }
        return new Copydesk(Store.open(storeFile, clock), ruleSet, ruleFile, clock);
    }

    public Store store() {
        return store;
    }

    @Override
    public Path storePath() {
        return store.path();
    }

    @Override
    public ImportDrafts imports() {
        return imports;
    }

    @Override
    public DraftQueries queries() {
        return queries;
    }

    @Override
    public SavedViews savedViews() {
        return savedViews;
    }

    @Override
    public ReviewActions actions() {
        return actions;
    }

    @Override
    public ReviewRules rules() {
        return rules;
    }

    @Override
    public DraftDocument documents() {
        return documents;
    }

    @Override
    public ExportDrafts exports() {
        return exports;
    }

    @Override
    public boolean withStoreClosed(Runnable action) {
        return store.whileClosed(STORE_PAUSE_WAIT, action);
    }

    @Override
    public void close() {
        store.close();
    }
}
