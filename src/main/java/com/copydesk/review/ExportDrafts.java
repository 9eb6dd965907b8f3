package com.copydesk.review;

import com.copydesk.export.ExportException;
import com.copydesk.export.ExportSession;
import com.copydesk.export.Exporter;
import com.copydesk.model.DraftFilter;
import com.copydesk.model.ExportFormat;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.ExportScope;
import com.copydesk.model.ExportSummary;
import com.copydesk.store.DraftRepository;
import com.copydesk.store.QueueRepository;
import com.copydesk.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The export use case: reads the drafts of a scope from the store in one streaming query, in
 * reference order and all within one read (so the export sees one state of the store, however long it
 * takes), and hands them to the export of the chosen format, which puts its files in place only
 * at the end. Cancelled or failed, it leaves the destination as it was.
 */
public final class ExportDrafts {
    private final Store store;
    private final DraftRepository drafts;
    private final QueueRepository queue;
    private final Exporter exporter;
    private final Clock clock;

    public ExportDrafts(Store store, DraftRepository drafts, QueueRepository queue, Exporter exporter, Clock clock) {
        this.store = store;
        this.drafts = drafts;
        this.queue = queue;
        this.exporter = exporter;
        this.clock = clock;
    }

    /** Whether exporting to this file would replace one that no Copydesk export wrote (see {@link Exporter#replacesOtherFile}). */
    public boolean replacesOtherFile(ExportFormat format, Path destination) {
        return Exporter.replacesOtherFile(format, destination);
    }

    /**
     * @throws ExportFailedException when the destination cannot be written, is in use by another
     *                               export, or holds a damaged manifest
     */
    public ExportSummary run(ExportRequest request, TaskMonitor monitor) {
        String destination = request.destination().toString();
        try (ExportSession session = exporter.open(request, clock.instant())) {
            Set<String> found = new HashSet<>();
            DraftFilter filter = request.scope() instanceof ExportScope.Matching matching ? matching.filter() : null;
            List<String> named = request.scope() instanceof ExportScope.Named n ? n.references() : List.of();
            // First the store's file: as it was when the last export here read it, nothing changed (a
            // named scope reads its drafts anyway, to say which references are not in the store).
            Optional<String> state = filter != null ? store.fileState() : Optional.empty();
            boolean unchanged = state.isPresent() && session.unchangedStore(state.get());
            // Then only the stamps: an export of drafts none of which changed reads no text and writes nothing.
            unchanged = unchanged || session.unchanged(check -> store.reading(tx -> {
                drafts.forEachExportStamp(tx, filter, named, (reference, source) -> {
                    found.add(reference);
                    return check.test(reference, source);
                });
                store.fileState().ifPresent(session::readFrom);  // within the read: the state it saw
                return null;
            }));
            if (!unchanged) {
                found.clear();
                store.reading(tx -> {
                    Progress progress = new Progress(monitor, "Exporting to " + destination);
                    progress.total = filter != null ? queue.count(tx, filter) : named.size();
                    // Only the CSV report shows findings; JSON Lines and Markdown are the drafts themselves.
                    drafts.forEachExportRow(tx, filter, named, request.format() == ExportFormat.CSV, row -> {
                        if (monitor.isCancelled()) {
                            throw new Cancelled();
                        }
                        try {
                            session.write(row);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        found.add(row.reference());
                        progress.step();
                    });
                    store.fileState().ifPresent(session::readFrom);
                    return null;
                });
            }
            if (monitor.isCancelled()) {
                throw new Cancelled();
            }
            Progress placing = new Progress(monitor, "Putting the files in place");
            ExportSummary summary = session.finish(placed -> placing.step());
            return summary.withNotFound(notFound(request.scope(), found));
        } catch (Cancelled e) {
            monitor.progress(0, 0, "Export cancelled");
            return ExportSummary.cancelled(request.format(), request.destination());
        } catch (ExportException e) {
            throw new ExportFailedException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new ExportFailedException("Could not export to " + destination + ": " + describe(cause), cause);
        }
    }

    private static List<String> notFound(ExportScope scope, Set<String> found) {
        if (!(scope instanceof ExportScope.Named named)) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (String reference : new LinkedHashSet<>(named.references())) {
            if (!found.contains(reference)) {
                missing.add(reference);
            }
        }
        return missing;
    }

    /** The file system's exceptions often say only which file; this says what went wrong with it. */
    private static String describe(IOException e) {
        String folder = ownFileFolder(e);
        if (folder != null && (e instanceof AccessDeniedException || e instanceof NoSuchFileException)) {
            // the lock, manifest or temporary file the export keeps beside its output: the folder is the problem
            return "cannot create files in " + folder;
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (e instanceof FileAlreadyExistsException existing) {
            return existing.getFile() + " is in the way (a file where a folder is needed)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The folder of the file the exception names, when that file is one of the export's own. */
    private static String ownFileFolder(IOException e) {
        if (!(e instanceof java.nio.file.FileSystemException fs) || fs.getFile() == null) {
            return null;
        }
        java.nio.file.Path file = java.nio.file.Path.of(fs.getFile());
        boolean own = file.getFileName() != null && file.getFileName().toString().contains(".copydesk");
        return own && file.getParent() != null ? file.getParent().toString() : null;
    }

    private static final class Progress {
        private final TaskMonitor monitor;
        private final String message;
        private long done;
        private long total;

        Progress(TaskMonitor monitor, String message) {
            this.monitor = monitor;
            this.message = message;
        }

        void step() {
            monitor.progress(++done, total, message);
        }
    }

    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
