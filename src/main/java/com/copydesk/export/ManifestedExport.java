package com.copydesk.export;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.InvalidDraftException;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.ExportRow;
import com.copydesk.model.ExportSummary;
import com.copydesk.model.StoredDraft;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * What every export does around its files: compares each draft's exported bytes with the last
 * manifest of the destination and counts, writes the next manifest beside the old one as it goes,
 * and puts it in place last, and only when it differs, so that an export that changed nothing
 * changes no byte. Subclasses write the files.
 */
abstract class ManifestedExport implements ExportSession {
    protected final ExportPlace place;
    protected final ExportRequest request;
    private final DraftRenderer renderer;
    private final DraftJson json;
    /** The renderer's {@link DraftRenderer#version}, or null when its bytes cannot be told from a stamp. */
    private final String version;
    private final String now;
    private ManifestReader lastManifest;
    private TempFile manifestFile;
    private ManifestWriter manifest;
    private ManifestMerge merge;
    private final List<String> staleKept = new ArrayList<>();
    private long drafts;
    private long added;
    private long changed;
    private long unchanged;
    private long removed;
    /** The sum of the in-scope drafts' bytes, what a one-file export's file holds besides its header. */
    private long draftBytes;
    /** The store's file as this export's read saw it, or null when not known. */
    private String storeState;
    private boolean finished;
    /** Set when the stamps proved every draft unchanged: nothing is written, nothing changes. */
    private boolean upToDate;

    ManifestedExport(ExportPlace place, ExportRequest request, DraftRenderer renderer, DraftJson json, Instant now) {
        this.place = place;
        this.request = request;
        this.renderer = renderer;
        this.json = json;
        this.version = renderer.version();
        this.now = now.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Locks the destination, clears a killed export's leftovers and starts the next manifest. */
    void open() throws IOException {
        place.open();
        lastManifest = ManifestReader.open(place.lastManifest());
        manifestFile = TempFile.create(place.temp("manifest"));
        manifest = new ManifestWriter(manifestFile.out(), request.format());
        merge = new ManifestMerge(lastManifest, this::handleGone);
    }

    @Override
    public final void write(StoredDraft draft) throws IOException {
        ManifestEntry previous = merge.previous(draft.reference());
        String file = fileFor(draft);
        write(draft.reference(), file, file == null ? renderer.render(draft) : renderer.render(draft, file), null,
                previous);
    }

    @Override
    public final void write(ExportRow row) throws IOException {
        ManifestEntry previous = merge.previous(row.reference());
        String source = version == null ? null : version + " " + row.source();
        byte[] bytes = renderer.renderStored(row);
        if (bytes != null) {
            write(row.reference(), null, bytes, source, previous);
            return;
        }
        StoredDraft draft = parse(row);
        String file = fileFor(draft);
        write(row.reference(), file, file == null ? renderer.render(draft) : renderer.render(draft, file), source,
                previous);
    }

    private StoredDraft parse(ExportRow row) {
        try {
            return new StoredDraft(row.id(), json.parseWithoutBody(row.documentText(), row.bodyText()), row.review(),
                    row.findings(), null, null);  // no renderer writes the store's own times
        } catch (InvalidDraftException e) {
            throw new IllegalStateException("A draft in the store is damaged (" + e.getMessage() + ")", e);
        }
    }

    private void write(String reference, String file, byte[] bytes, String source, ManifestEntry previous)
            throws IOException {
        String sha256 = Sha256.hex(bytes);
        boolean same = previous != null && previous.sha256().equals(sha256) && Objects.equals(previous.file(), file);
        drafts++;
        draftBytes += bytes.length;
        if (previous == null) {
            added++;
        } else if (same) {
            unchanged++;
        } else {
            changed++;
        }
        boolean rewrite = !same || !request.incremental() || !intact(previous);
        write(file, bytes, rewrite, previous);
        com.copydesk.store.FaultPoint.reach("export.afterDraft");
        manifest.write(rewrite ? new ManifestEntry(reference, sha256, bytes.length, now, file, false, source)
                : previous.inScope().withSource(source));
    }

    @Override
    public final boolean unchanged(Stamps stamps) throws IOException {
        if (version == null || !request.incremental()) {
            return false;
        }
        long[] count = {0};
        long[] bytes = {0};
        try (ManifestReader last = ManifestReader.open(place.lastManifest())) {
            boolean[] same = {true};
            stamps.forEach((reference, source) -> {
                try {
                    ManifestEntry entry = last.next();
                    same[0] = entry != null && !entry.stale() && entry.reference().equals(reference)
                            && (version + " " + source).equals(entry.source()) && intact(entry);
                    if (same[0]) {
                        count[0]++;
                        bytes[0] += entry.bytes();
                    }
                    return same[0];
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (!same[0] || last.next() != null || !intact(bytes[0])) {
                return false;
            }
        }
        upToDate = true;
        drafts = count[0];
        unchanged = count[0];
        draftBytes = bytes[0];
        return true;
    }

    @Override
    public final boolean unchangedStore(String state) throws IOException {
        if (version == null || !request.incremental() || !marksStore()) {
            return false;
        }
        StoreMark mark = StoreMark.read(place.storeMark());
        if (mark == null || !mark.storeState().equals(state) || !mark.scope().equals(scope())
                || !mark.version().equals(version) || !Files.isRegularFile(place.lastManifest())
                || Files.size(place.lastManifest()) != mark.manifestBytes() || !intact(mark.draftBytes())) {
            return false;
        }
        upToDate = true;
        storeState = state;
        drafts = mark.drafts();
        unchanged = mark.drafts();
        draftBytes = mark.draftBytes();
        return true;
    }

    @Override
    public final void readFrom(String state) {
        storeState = state;
    }

    /** Whether this export keeps the store's state beside it ({@link StoreMark}): a one-file export. */
    protected boolean marksStore() {
        return false;
    }

    private String scope() {
        return StoreMark.scopeOf(request.format().key(), request.scope());
    }

    /** Keeps what this export read and wrote beside it, when the store's state is known and it differs. */
    private void markStore() throws IOException {
        if (storeState == null || !marksStore() || !Files.isRegularFile(place.manifest())) {
            return;
        }
        StoreMark mark = new StoreMark(storeState, scope(), version, drafts, draftBytes, Files.size(place.manifest()));
        if (!mark.equals(StoreMark.read(place.storeMark()))) {
            mark.write(place.storeMark(), place.temp("store"));
        }
    }

    /**
     * Whether the destination as a whole still holds what the last export wrote, given the sum of
     * its drafts' bytes (each draft's own file is checked by {@link #intact(ManifestEntry)}).
     */
    protected boolean intact(long draftBytes) throws IOException {
        return true;
    }

    /** The draft's own file in a file-per-draft export; null in a one-file export. */
    protected abstract String fileFor(StoredDraft draft);

    /** Whether what the last export wrote for this draft is still there as it was written. */
    protected abstract boolean intact(ManifestEntry previous) throws IOException;

    /**
     * Takes the draft's bytes.
     *
     * @param rewrite  false when the destination already holds exactly these bytes for the draft
     * @param previous the last export's entry for the draft, or null
     */
    protected abstract void write(String file, byte[] bytes, boolean rewrite, ManifestEntry previous)
            throws IOException;

    /** A draft of the last export is no longer in scope; returns true to keep its file (and list it). */
    protected abstract boolean keepStale(ManifestEntry entry);

    /**
     * Moves what was written into place, removes what is to go; returns how many files it wrote.
     *
     * @param manifestChanged whether the next manifest differs from the last one
     */
    protected abstract long putInPlace(LongConsumer placed, boolean manifestChanged) throws IOException;

    /** Once the manifest is in place: makes the export what readers see, if it is not already. */
    protected void publish() throws IOException {
    }

    private void handleGone(ManifestEntry entry) throws IOException {
        if (keepStale(entry)) {
            staleKept.add(entry.file());
            manifest.write(entry.asStale());
        } else {
            removed++;
        }
    }

    @Override
    public final ExportSummary finish(LongConsumer placed) throws IOException {
        if (upToDate) {
            // the last export is what this one would write: leave every file as it is
            manifest.close();
            lastManifest.close();
            closeFiles();
            markStore();
            place.discard();
            finished = true;
            return new ExportSummary(request.format(), request.destination(), drafts, 0, 0, unchanged, 0,
                    staleKept, 0, List.of(), false);
        }
        merge.finish();
        manifest.close();
        manifestFile.finishWriting();
        lastManifest.close();
        boolean manifestChanged = !manifestFile.sameContentAs(place.lastManifest());
        long filesWritten = putInPlace(placed, manifestChanged);
        if (manifestChanged) {
            manifestFile.moveTo(place.manifest());
        }
        place.syncFolder();
        publish();
        markStore();
        finished = true;
        return new ExportSummary(request.format(), request.destination(), drafts, added, changed, unchanged, removed,
                staleKept, filesWritten, List.of(), false);
    }

    /** Releases the destination; before {@link #finish}, removes everything this export wrote. */
    @Override
    public void close() throws IOException {
        try {
            if (lastManifest != null) {
                lastManifest.close();
            }
            if (manifestFile != null) {
                manifestFile.close();
            }
            closeFiles();
            if (!finished) {
                place.removeTemporaryFiles();
            }
        } finally {
            place.close();
        }
    }

    /** Stops the subclass's own writing, if it has any. */
    protected void closeFiles() throws IOException {
    }
}
