package com.copydesk.review;

import com.copydesk.importer.DraftFileReader;
import com.copydesk.importer.ImportCancelledException;
import com.copydesk.importer.ReadResult;
import com.copydesk.importer.SourceFile;
import com.copydesk.importer.SourceFinder;
import com.copydesk.interchange.DraftJson;
import com.copydesk.model.DerivedReference;
import com.copydesk.model.ImportError;
import com.copydesk.model.ImportSkip;
import com.copydesk.model.ImportSummary;
import com.copydesk.store.DraftRepository;
import com.copydesk.store.DraftsChanged;
import com.copydesk.store.HistoryWriter;
import com.copydesk.store.ImportBatchWriter;
import com.copydesk.store.ImportRunRepository;
import com.copydesk.store.ImportRunRepository.Counts;
import com.copydesk.store.JournalRepository;
import com.copydesk.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The import use case: reads files record by record and writes the drafts in batches, one
 * transaction each, together with the batch's counts and rejected records and the findings of
 * the drafts it touched. Killing the process at any moment loses at most the batches in flight,
 * and running the same import again completes it. Reading and writing overlap: the next batch is
 * read and prepared while the last one is committed.
 *
 * <p>One reference is one draft: a reference given twice in one import (in one file or in
 * several) is a conflict, and the later record is rejected naming both places, unless the editor
 * asked for the later one ({@link OnDuplicate#LAST}). Silently keeping the later one lost pages
 * whose references collided (issue 15); a record identical to the first is no conflict and
 * counts once.
 */
public final class ImportDrafts {
    /** Drafts per transaction: large enough to amortise the commit, small enough to lose little. */
    static final int BATCH_DRAFTS = 1000;
    /** Errors kept in the summary; all of them are kept with the import run in the store. */
    static final int ERRORS_IN_SUMMARY = 1000;

    private final Store store;
    private final DraftJson json;
    private final DraftRepository draftRepository;
    private final ImportRunRepository runs;
    private final DraftFileReader reader;
    private final SourceFinder finder = new SourceFinder();
    private final DraftsChanged onChange;
    private final Clock clock;

    public ImportDrafts(Store store, DraftJson json, DraftRepository drafts, ImportRunRepository runs,
                        DraftFileReader reader, DraftsChanged onChange, Clock clock) {
        this.store = store;
        this.json = json;
        this.draftRepository = drafts;
        this.runs = runs;
        this.reader = reader;
        this.onChange = onChange;
        this.clock = clock;
    }

    /** What to do with a second record of a reference already read in the same import. */
    public enum OnDuplicate {
        /** Keep the first, reject the later one (naming both places). */
        FIRST,
        /** Keep the later one: it replaces the first, and the summary counts how many were replaced. */
        LAST
    }

    public ImportSummary run(List<Path> paths, TaskMonitor monitor) {
        return run(paths, OnDuplicate.FIRST, false, monitor);
    }

    public ImportSummary run(List<Path> paths, OnDuplicate onDuplicate, TaskMonitor monitor) {
        return run(paths, onDuplicate, false, monitor);
    }

    public ImportSummary run(List<Path> paths, boolean strict, TaskMonitor monitor) {
        return run(paths, OnDuplicate.FIRST, strict, monitor);
    }

    /**
     * @param onDuplicate what a second record of a reference already read in this import does
     * @param strict      whether files in a folder that are not pages (draft-format.md section 2) are
     *                    rejected rather than skipped
     */
    public ImportSummary run(List<Path> paths, OnDuplicate onDuplicate, boolean strict, TaskMonitor monitor) {
        SourceFinder.Found found = finder.find(paths);
        List<SourceFile> files = reader.withSiteSections(found.files());
        String sources = paths.stream().map(Path::toString).collect(Collectors.joining("\n"));
        long runId = store.transaction(tx -> runs.start(tx, clock.instant(), sources));
        boolean cancelled = false;
        try (BatchWriter writer = new BatchWriter(runId)) {
            Batch batch = new Batch(writer, onDuplicate, strict);
            found.problems().forEach(batch::reject);
            long totalBytes = Math.max(1, found.totalBytes());
            long[] doneBefore = {0};
            try {
                for (SourceFile file : files) {
                    if (monitor.isCancelled()) {
                        throw new ImportCancelledException();
                    }
                    monitor.progress(doneBefore[0], totalBytes, "Reading " + file.name());
                    reader.read(file, result -> {
                        if (monitor.isCancelled()) {
                            throw new ImportCancelledException();
                        }
                        batch.accept(result);
                    }, bytes -> monitor.progress(doneBefore[0] + bytes, totalBytes, "Reading " + file.name()));
                    doneBefore[0] += file.size();
                }
            } catch (ImportCancelledException e) {
                cancelled = true;
            }
            batch.handOver();
            Counts t = writer.awaitAll();
            String state = cancelled ? "cancelled" : "done";
            store.transaction(tx -> {
                runs.finish(tx, runId, clock.instant(), state);
                return null;
            });
            monitor.progress(totalBytes, totalBytes, cancelled ? "Import cancelled" : "Import done");
            return new ImportSummary(runId, t.imported(), t.updated(), t.unchanged(), t.rejected(), batch.kept,
                    cancelled, batch.replaced, batch.skipped, batch.fromPaths, batch.withoutGeneratorMeta);
        }
    }

    /** Streams every rejected record of a run, also those past what the summary keeps. */
    public void forEachError(long runId, Consumer<ImportError> consumer) {
        store.reading(tx -> {
            runs.forEachError(tx, runId, consumer);
            return null;
        });
    }

    /**
     * Records read since the last hand-over, prepared for writing on the reading thread (the
     * content hash and stored document cost as much as parsing).
     */
    private final class Batch {
        private final BatchWriter writer;
        private List<ImportBatchWriter.Incoming> drafts = new ArrayList<>();
        private List<ImportError> errors = new ArrayList<>();
        private final List<ImportError> kept = new ArrayList<>();
        private final OnDuplicate onDuplicate;
        /**
         * Every reference read so far in this import: where it was first (or last kept) and a prefix
         * of its content hash, about 150 bytes a reference on the heap.
         */
        private final Map<String, Seen> seen = new HashMap<>();
        private int replaced;

        private final boolean strict;
        private final List<ImportSkip> skipped = new ArrayList<>();
        private final List<DerivedReference> fromPaths = new ArrayList<>();
        private int withoutGeneratorMeta;

        Batch(BatchWriter writer, OnDuplicate onDuplicate, boolean strict) {
            this.writer = writer;
            this.onDuplicate = onDuplicate;
            this.strict = strict;
        }

        void accept(ReadResult result) {
            if (result instanceof ReadResult.Skipped s) {
                if (strict) {
                    reject(new ImportError(s.file(), null, null, "not a page: " + s.reason() + " (--strict)"));
                } else {
                    skipped.add(new ImportSkip(s.file(), s.reason()));
                }
            } else if (result instanceof ReadResult.Parsed p) {
                ImportBatchWriter.Incoming incoming = ImportBatchWriter.Incoming.of(json, p.draft(), p.file() + ":" + p.line());
                Seen here = new Seen(p.file(), p.line(), hashPrefix(incoming.contentHash()));
                Seen first = seen.putIfAbsent(p.draft().reference(), here);
                if (first != null) {
                    if (first.hash == here.hash) {
                        return; // the same record again (a file that repeats itself, a copy): one draft, counted once
                    }
                    if (onDuplicate == OnDuplicate.FIRST) {
                        reject(new ImportError(p.file(), p.line(), p.draft().reference(), "the reference "
                                + p.draft().reference() + " is already given at " + first.place()
                                + " in this import, with other content; the first was kept"
                                + " (import with --on-duplicate last to keep the later one)"));
                        if (errors.size() >= BATCH_DRAFTS) {
                            handOver();
                        }
                        return;
                    }
                    seen.put(p.draft().reference(), here);
                    replaced++;
                }
                if (p.referenceFromPath()) {
                    fromPaths.add(new DerivedReference(p.file(), p.draft().reference()));
                }
                if (!p.draft().hasGeneratorMeta()) {
                    withoutGeneratorMeta++;
                }
                drafts.add(incoming);
                if (drafts.size() >= BATCH_DRAFTS) {
                    handOver();
                }
            } else if (result instanceof ReadResult.Rejected r) {
                reject(r.error());
                if (errors.size() >= BATCH_DRAFTS) {
                    handOver();
                }
            }
        }

        private static long hashPrefix(String hexSha256) {
            return Long.parseUnsignedLong(hexSha256.substring(0, 16), 16);
        }

        void reject(ImportError error) {
            errors.add(error);
            if (kept.size() < ERRORS_IN_SUMMARY) {
                kept.add(error);
            }
        }

        void handOver() {
            if (drafts.isEmpty() && errors.isEmpty()) {
                return;
            }
            writer.submit(drafts, errors);
            drafts = new ArrayList<>();
            errors = new ArrayList<>();
        }
    }

    /** Where a reference was read in this import, and a 64-bit prefix of its content hash. */
    private record Seen(String file, int line, long hash) {
        String place() {
            return file + ":" + line;
        }
    }

    /**
     * Commits batches on a thread of its own, in order, while the next batch is read: at most
     * {@link #IN_FLIGHT} batches wait, so memory stays bounded. A failure to write stops the
     * import at the next hand-over.
     */
    private final class BatchWriter implements AutoCloseable {
        private static final int IN_FLIGHT = 2;
        private final long runId;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(
                DaemonThreads.named("copydesk-import-writer"));
        private final Semaphore slots = new Semaphore(IN_FLIGHT);
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private Counts totals = new Counts(0, 0, 0, 0);

        BatchWriter(long runId) {
            this.runId = runId;
        }

        void submit(List<ImportBatchWriter.Incoming> drafts, List<ImportError> errors) {
            rethrowFailure();
            slots.acquireUninterruptibly();
            thread.execute(() -> {
                try {
                    if (failure.get() == null) {
                        Counts counts = write(drafts, errors);
                        com.copydesk.store.FaultPoint.reach("import.afterBatch");
                        totals = totals.plus(counts);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    slots.release();
                }
            });
        }

        private Counts write(List<ImportBatchWriter.Incoming> drafts, List<ImportError> errors) {
            return store.transaction(tx -> {
                int imported = 0;
                int updated = 0;
                int unchanged = 0;
                Set<Long> changed = new LinkedHashSet<>();
                try (HistoryWriter history = HistoryWriter.begin(tx, clock.instant(), JournalRepository.IMPORT_ACTION, "import run " + runId, null);
                     ImportBatchWriter writer = ImportBatchWriter.open(tx, json, draftRepository, history, clock.instant())) {
                    for (ImportBatchWriter.Incoming incoming : drafts) {
                        ImportBatchWriter.Outcome outcome = writer.write(incoming);
                        switch (outcome.kind()) {
                            case IMPORTED -> imported++;
                            case UPDATED -> updated++;
                            case UNCHANGED -> unchanged++;
                        }
                        if (outcome.kind() != ImportBatchWriter.Kind.UNCHANGED) {
                            changed.add(outcome.id());
                        }
                    }
                    writer.finish();
                }
                if (!changed.isEmpty()) {
                    onChange.changed(tx, changed, true);
                }
                Counts batchCounts = new Counts(imported, updated, unchanged, errors.size());
                runs.addBatch(tx, runId, batchCounts, errors);
                return batchCounts;
            });
        }

        /** Waits for every batch to be committed; the totals of all of them. */
        Counts awaitAll() {
            slots.acquireUninterruptibly(IN_FLIGHT);
            slots.release(IN_FLIGHT);
            rethrowFailure();
            return totals;
        }

        private void rethrowFailure() {
            RuntimeException e = failure.get();
            if (e != null) {
                throw e;
            }
        }

        @Override
        public void close() {
            thread.shutdown();
            try {
                thread.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
