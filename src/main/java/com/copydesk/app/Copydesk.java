package com.copydesk.app;

import com.copydesk.export.Exporter;
import com.copydesk.importer.DraftFileReader;
import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;
import com.copydesk.review.DraftDocument;
import com.copydesk.review.DraftQueries;
import com.copydesk.review.DraftsChanged;
import com.copydesk.review.ExportDrafts;
import com.copydesk.review.ImportDrafts;
import com.copydesk.review.Workspace;
import com.copydesk.store.DraftRepository;
import com.copydesk.store.FindingRepository;
import com.copydesk.store.HistoryRepository;
import com.copydesk.store.ImportRunRepository;
import com.copydesk.store.QueueRepository;
import com.copydesk.store.Store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The one place that builds Copydesk's object graph for a store, with constructors. The window
 * and the command line both start here, so they use the same use cases on the same store.
 */
public final class Copydesk implements Workspace {
    private final Store store;
    private final ImportDrafts imports;
    private final DraftQueries queries;
    private final DraftDocument documents;
    private final ExportDrafts exports;

    private Copydesk(Store store, Clock clock) {
        this.store = store;
        DraftJson json = new DraftJson(DraftLimits.DEFAULT);
        FindingRepository findings = new FindingRepository();
        DraftRepository drafts = new DraftRepository(json, findings);
        ImportRunRepository runs = new ImportRunRepository();
        this.imports = new ImportDrafts(store, json, drafts, runs, new DraftFileReader(json, DraftLimits.DEFAULT),
                DraftsChanged.NOTHING, clock);
        this.documents = new DraftDocument(json);
        this.queries = new DraftQueries(store, drafts, new QueueRepository(), new HistoryRepository(), runs);
        this.exports = new ExportDrafts(store, drafts, new QueueRepository(), new Exporter(json), clock);
        store.write(c -> runs.markInterrupted(c, clock.instant()));
    }

    /** Opens (creating or migrating) the store and builds everything on it. */
    public static Copydesk open(Path storeFile, Clock clock) {
        return new Copydesk(Store.open(storeFile, clock), clock);
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
    public DraftDocument documents() {
        return documents;
    }

    @Override
    public ExportDrafts exports() {
        return exports;
    }

    @Override
    public void close() {
        store.close();
    }
}
