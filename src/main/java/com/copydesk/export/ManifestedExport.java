package com.copydesk.export;

import com.copydesk.model.ExportRequest;
import com.copydesk.model.ExportSummary;
import com.copydesk.model.StoredDraft;

import java.io.IOException;
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
    private boolean finished;

    ManifestedExport(ExportPlace place, ExportRequest request, DraftRenderer renderer, Instant now) {
        this.place = place;
        this.request = request;
        this.renderer = renderer;
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
        byte[] bytes = file == null ? renderer.render(draft) : renderer.render(draft, file);
        String sha256 = Sha256.hex(bytes);
        boolean same = previous != null && previous.sha256().equals(sha256) && Objects.equals(previous.file(), file);
        drafts++;
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
        manifest.write(rewrite ? new ManifestEntry(draft.reference(), sha256, bytes.length, now, file, false)
                : previous.inScope());
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
