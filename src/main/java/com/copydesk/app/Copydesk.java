package com.copydesk.app;

import com.copydesk.export.Exporter;
import com.copydesk.importer.DraftFileReader;
import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;
import com.copydesk.model.EditorName;
import com.copydesk.review.DraftDocument;
import com.copydesk.review.DraftQueries;
import com.copydesk.review.FlagDrafts;
import com.copydesk.review.ReflagDrafts;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.SavedViews;
import com.copydesk.review.ReviewRules;
import com.copydesk.review.RuleFileStamps;
import com.copydesk.review.TeamRuleSet;
import com.copydesk.rules.RuleConfigException;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.ruleset.RuleSetLoader;
import com.copydesk.store.ClaimRepository;
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
import com.copydesk.store.PgAddress;
import com.copydesk.store.StoreCopy;
import com.copydesk.store.RuleSetRepository;
import com.copydesk.model.StoredRuleSet;
import com.copydesk.model.CopySummary;
import com.copydesk.review.TaskMonitor;

import java.io.IOException;
import java.nio.file.Files;
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
    private final Path ruleFile;
    private final Clock clock;
    private final DraftJson json;
    private final FindingRepository findings;
    private final DraftRepository drafts;
    private final ImportRunRepository runs;
    private final SettingRepository settings;
    private final DraftQueries queries;
    private final DraftDocument documents;
    /** Built on first use: its JSON mapper is a sixth of a command's start-up, and only the window saves views. */
    private SavedViews savedViews;
    private final ExportDrafts exports;
    /** Who acts: {@code $COPYDESK_EDITOR} or the operating-system user unless told otherwise ({@code --editor}, the window's preferences). */
    private volatile String editor = EditorName.fromEnvironment(System.getenv(), System.getProperty("user.name"));
    /** What needs the rule set; built on first use, so that a command that reads never loads the rules. */
    private Judging judging;
    /** A team store's rule set, kept in its database, {@code ruleFile} being this process's copy; null for a SQLite store. */
    private final TeamRuleSet teamRules;

    private Copydesk(Store store, Path ruleFile, Clock clock) {
        this.store = store;
        this.teamRules = store.teamAddress().isPresent() ? new TeamRuleSet(store, ruleFile) : null;
        this.ruleFile = ruleFile;
        this.clock = clock;
        this.json = new DraftJson(DraftLimits.DEFAULT);
        this.findings = new FindingRepository();
        this.drafts = new DraftRepository(json, findings);
        this.runs = new ImportRunRepository();
        this.settings = new SettingRepository();
        this.documents = new DraftDocument(json);
        this.queries = new DraftQueries(store, drafts, new QueueRepository(), new HistoryRepository(), runs,
                new OverviewRepository(), new ClaimRepository(), clock);
        this.exports = new ExportDrafts(store, drafts, new QueueRepository(), new Exporter(json), clock);
        if (!store.readOnly()) {
            store.transaction(tx -> runs.markInterrupted(tx, clock.instant()));
        }
    }

    /** The use cases that judge drafts by the rules: imports, review actions, the rules themselves. */
    private record Judging(ImportDrafts imports, ReviewRules rules, ReviewActions actions) {
        // Here, not in Copydesk: verifying Copydesk would load the rules' exception class, and with it the rules.
        static RuleSet loadRules(Path ruleFile) {
            try {
                return new RuleSetLoader().load(ruleFile);
            } catch (RuleConfigException e) {
                throw new StoreException("The rule file " + ruleFile + " is wrong: " + e.getMessage()
                        + ". Fix it, or move it away to use the default rules.", e);
            }
        }
    }

    private synchronized Judging judging() {
        if (judging == null) {
            RuleSet ruleSet = Judging.loadRules(ruleFile);
            CorpusRepository corpus = new CorpusRepository();
            FlagDrafts flagger = new FlagDrafts(drafts, findings, corpus, settings, ruleSet, clock);
            ReviewRules rules = new ReviewRules(store, ruleFile, new RuleSetLoader(), flagger,
                    new ReflagDrafts(store, flagger, drafts, findings, corpus, settings), teamRules);
            ReviewActions actions = new ReviewActions(store, new ReviewRepository(), findings, new QueueRepository(),
                    new JournalRepository(), new ClaimRepository(), flagger, clock, this::editor);
            ImportDrafts imports = new ImportDrafts(store, json, drafts, runs,
                    new DraftFileReader(json, DraftLimits.DEFAULT), flagger, clock);
            if (!store.readOnly()) {
                flagger.adoptIfEmpty(store);
                RuleFileStamps stamps = new RuleFileStamps(settings);
                if (!flagger.isStale(store) && !stamps.current(store, ruleFile)) {
                    stamps.record(store, ruleFile); // so that a command that only reads need not load the rules
                }
            }
            judging = new Judging(imports, rules, actions);
        }
        return judging;
    }

    /**
     * Opens (creating or migrating) the store and builds everything on it, with the rules of the
     * store's rule file; a wrong rule file is reported as a store that cannot be used.
     */
    public static Copydesk open(Path storeFile, Clock clock) {
        Copydesk desk = openForCommand(storeFile, clock);
        try {
            desk.judging();
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
        return desk;
    }

    /**
     * Opens the store as {@link #open} does, but loads the rules (their file, the YAML reader and
     * every rule's class, a third of a command's start-up) only when a use case that judges drafts
     * is first asked for: {@code stats}, {@code show}, {@code list} and {@code export} never are.
     * A wrong rule file is reported then, as a store that cannot be used.
     */
    public static Copydesk openForCommand(Path storeFile, Clock clock) {
        if (PgAddress.isAddress(storeFile.toString())) {
            PgAddress address = teamAddress(storeFile);
            Copydesk desk = new Copydesk(Store.openPostgres(address), teamRuleFile(address), clock);
            try {
                desk.teamRules.sync(); // the rule set in force, before anything compares stamps or loads rules
            } catch (RuntimeException e) {
                desk.close();
                throw e;
            }
            return desk;
        }
        Path ruleFile = ReviewRules.ruleFileFor(storeFile.toAbsolutePath());
        return new Copydesk(Store.open(storeFile, clock), ruleFile, clock);
    }

    private static PgAddress teamAddress(Path store) {
        try {
            return PgAddress.parse(store.toString());
        } catch (IllegalArgumentException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * A team store's rule set lives in its database ({@link TeamRuleSet}); this process's copy of
     * the version in force is a file in the editor's data folder, named after the server and database.
     */
    private static Path teamRuleFile(PgAddress address) {
        String name = address.host() + "-" + address.port() + "-" + address.database();
        return AppPaths.system().dataFolder().resolve("team-" + name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".rules.yaml");
    }

    /**
     * Opens the store for a command that only reads: read-only and without writing anything when
     * the store exists and is up to date, else as {@link #openForCommand} does (creating or migrating it).
     * The rules load, as for {@link #openForCommand}, only when first asked for.
     */
    public static Copydesk openForReading(Path storeFile, Clock clock) {
        if (PgAddress.isAddress(storeFile.toString())) {
            return openForCommand(storeFile, clock); // a server checks nothing before a write: nothing to spare
        }
        Path ruleFile = ReviewRules.ruleFileFor(storeFile.toAbsolutePath());
        return Store.openForReading(storeFile).map(store -> new Copydesk(store, ruleFile, clock))
                .orElseGet(() -> openForCommand(storeFile, clock));
    }

    public Store store() {
        return store;
    }

    @Override
    public boolean flagsFollowRuleFile() {
        return new RuleFileStamps(settings).current(store, ruleFile);
    }

    @Override
    public void recordFlagsFollowRuleFile() {
        new RuleFileStamps(settings).record(store, ruleFile);
    }

    @Override
    public Path storePath() {
        return store.path();
    }

    @Override
    public ImportDrafts imports() {
        return judging().imports();
    }

    @Override
    public DraftQueries queries() {
        return queries;
    }

    @Override
    public synchronized SavedViews savedViews() {
        if (savedViews == null) {
            savedViews = new SavedViews(store, settings);
        }
        return savedViews;
    }

    @Override
    public String editor() {
        return editor;
    }

    @Override
    public void actAs(String editor) {
        this.editor = EditorName.checked(editor);
    }

    @Override
    public int schemaVersion() {
        return store.schemaVersion();
    }

    @Override
    public ReviewActions actions() {
        return judging().actions();
    }

    @Override
    public ReviewRules rules() {
        return judging().rules();
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
    public CopySummary copyStoreTo(Path target, TaskMonitor monitor) {
        boolean team = PgAddress.isAddress(target.toString());
        if (!team && store.teamAddress().isEmpty()
                && target.toAbsolutePath().normalize().equals(store.path().toAbsolutePath().normalize())
                || team && store.teamAddress().map(a -> a.equals(teamAddress(target))).orElse(false)) {
            throw new StoreException("copy-store --to names the store it copies (" + target + "); name another store.");
        }
        try (Store into = team ? Store.openPostgres(teamAddress(target)) : Store.open(target, clock)) {
            StoreCopy.Result result = StoreCopy.copy(store, into,
                    (table, done, total) -> monitor.progress(done, total, "copying " + table));
            copyRules(into, team ? teamRuleFile(teamAddress(target)) : ReviewRules.ruleFileFor(target.toAbsolutePath()));
            long rows = result.tables().stream().mapToLong(StoreCopy.TableCount::rows).sum();
            return new CopySummary(result.rows("draft"), result.rows("history"), rows, result.seconds());
        }
    }

    /**
     * The rules go with the store, so that the copy's findings follow its own rules: a team
     * store's rule set (its versions came along with the settings) becomes the file beside a
     * SQLite copy; a SQLite store's file becomes a team copy's rule set, the next version.
     */
    private void copyRules(Store into, Path intoRuleFile) {
        String yaml;
        try {
            yaml = teamRules != null ? teamRules.current().map(StoredRuleSet::yaml).orElse(null)
                    : Files.isRegularFile(ruleFile) ? Files.readString(ruleFile) : null;
        } catch (IOException e) {
            throw new StoreException("The rule file " + ruleFile + " cannot be read: " + e.getMessage(), e);
        }
        if (into.teamAddress().isPresent()) {
            TeamRuleSet target = new TeamRuleSet(into, intoRuleFile);
            if (yaml != null && !yaml.equals(target.current().map(StoredRuleSet::yaml).orElse(null))) {
                target.add(yaml, editor, clock.instant());
            }
            return;
        }
        into.transaction(tx -> {
            new RuleSetRepository().forget(tx); // beside a SQLite store its file is the rules: no versions to go stale
            return null;
        });
        try {
            if (yaml != null) {
                Files.writeString(intoRuleFile, yaml);
            } else {
                Files.deleteIfExists(intoRuleFile);
            }
        } catch (IOException e) {
            throw new StoreException("The copy's rule file " + intoRuleFile + " cannot be written: " + e.getMessage(), e);
        }
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
