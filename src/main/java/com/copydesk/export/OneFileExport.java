package com.copydesk.export;

import com.copydesk.interchange.DraftJson;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.StoredDraft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.LongConsumer;

/**
 * JSON Lines or CSV: every draft in scope in one file, written whole beside the old one and moved
 * over it. When the new file holds the same bytes as the old one, the old one stays untouched.
 * One file cannot keep the lines of drafts no longer in scope, so these always leave it.
 */
final class OneFileExport extends ManifestedExport {
    private final Path target;
    private final TempFile output;
    private final int headerBytes;

    OneFileExport(ExportPlace place, ExportRequest request, DraftRenderer renderer, DraftJson json, Instant now)
            throws IOException {
        super(place, request, renderer, json, now);
        this.target = request.destination().toAbsolutePath().normalize();
        this.headerBytes = renderer.header().length;
        try {
            open();
            output = TempFile.create(place.temp("file"));
            output.out().write(renderer.header());
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    protected String fileFor(StoredDraft draft) {
        return null;
    }

    @Override
    protected boolean intact(ManifestEntry previous) {
        return true;
    }

    /** The file is the header and every draft's line: a file of another size was changed by someone else. */
    @Override
    protected boolean intact(long draftBytes) throws IOException {
        return Files.isRegularFile(target) && Files.size(target) == headerBytes + draftBytes;
    }

    @Override
    protected void write(String file, byte[] bytes, boolean rewrite, ManifestEntry previous) throws IOException {
        output.out().write(bytes);
    }

    @Override
    protected boolean marksStore() {
        return true;
    }

    @Override
    protected boolean keepStale(ManifestEntry entry) {
        return false;
    }

    @Override
    protected long putInPlace(LongConsumer placed, boolean manifestChanged) throws IOException {
        output.finishWriting();
        if (request.incremental() && output.sameContentAs(target)) {
            output.close();
            return 0;
        }
        output.moveTo(target);
        placed.accept(1);
        return 1;
    }

    @Override
    protected void closeFiles() throws IOException {
        if (output != null) {
            output.close();
        }
    }
}
