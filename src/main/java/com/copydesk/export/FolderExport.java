package com.copydesk.export;

import com.copydesk.model.ExportRequest;
import com.copydesk.model.StoredDraft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Markdown: a file per draft in one folder (a site's page in the subfolder it came from, see
 * {@link MarkdownPaths}). New and changed files are staged under temporary
 * names and moved into place together at the end; files of drafts no longer in scope, and the old
 * names of drafts whose title changed, are removed after that (or kept and listed, if asked).
 * Only files the manifest names are ever removed, and only inside the folder.
 */
final class FolderExport extends ManifestedExport {
    private final MarkdownPaths names = new MarkdownPaths();
    private final StagedFiles staged;
    /** Old file names to remove once the new files are in place. */
    private final List<String> obsolete = new ArrayList<>();

    FolderExport(ExportPlace place, ExportRequest request, DraftRenderer renderer, Instant now) throws IOException {
        super(place, request, renderer, now);
        staged = new StagedFiles(place);
        try {
            open();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    protected String fileFor(StoredDraft draft) {
        String name = names.assign(draft);
        if (!MarkdownPaths.isSafe(name)) {
            throw new IllegalStateException("not a portable file name: " + name);
        }
        return name;
    }

    @Override
    protected boolean intact(ManifestEntry previous) throws IOException {
        try {
            return Files.size(place.folder().resolve(previous.file())) == previous.bytes();
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    protected void write(String file, byte[] bytes, boolean rewrite, ManifestEntry previous) throws IOException {
        boolean ours = previous != null && file.equals(previous.file());
        if (rewrite && !ours && !request.replaceOther() && Files.exists(place.folder().resolve(file))) {
            // a file of that name that the last export here did not write for this draft is someone's
            throw new ExportException(file + " is already in " + place.folder() + " and no Copydesk export to this"
                    + " folder wrote it, so it is left as it is. Export to another folder, or say to replace such"
                    + " files (--overwrite on the command line).");
        }
        if (rewrite) {
            staged.stage(file, bytes);
        }
        if (previous != null && previous.file() != null && !previous.file().equals(file)) {
            obsolete.add(previous.file());
        }
    }

    @Override
    protected boolean keepStale(ManifestEntry entry) {
        if (entry.file() == null) {
            return false;
        }
        if (request.removeStale()) {
            obsolete.add(entry.file());
            return false;
        }
        return true;
    }

    @Override
    protected long putInPlace(LongConsumer placed) throws IOException {
        staged.awaitWritten();
        long moved = staged.moveIntoPlace(placed);
        for (String name : obsolete) {
            // A name another draft now has stays; a name from a tampered manifest is never followed.
            Path file = place.folder().resolve(name).normalize();
            if (!names.isTaken(name) && MarkdownPaths.isSafe(name) && file.startsWith(place.folder())) {
                Files.deleteIfExists(file);
            }
        }
        return moved;
    }

    @Override
    protected void closeFiles() {
        staged.close();
    }
}
