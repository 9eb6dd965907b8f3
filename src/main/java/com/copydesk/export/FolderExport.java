package com.copydesk.export;

import com.copydesk.interchange.DraftJson;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.StoredDraft;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Markdown: a file per draft in one folder (a site's page in the subfolder it came from, see
 * {@link MarkdownPaths}). New and changed files are staged under temporary
 * names and moved into place together at the end; files of drafts no longer in scope, and the old
 * names of drafts whose title changed, are removed after that (or kept and listed, if asked).
 * Only files the manifest names are ever removed, and only inside the folder.
 *
 * <p>Where the export is versioned ({@link FolderVersions}) all this happens in a new version
 * folder no reader sees: every other file of the last version (unchanged pages, the site's own
 * files) is carried into it as a hard link (a copy where the system makes none), and the whole is
 * published in one rename. Measured on this project's build machine (ext4), a hard link costs
 * about as much as listing the file; rewriting a page costs a write and a forced flush.
 */
final class FolderExport extends ManifestedExport {
    /**
     * Makes every carried file a copy, as on a file system without hard links (FAT, some network
     * shares), so that a test can hold the fallback to the same promise as the linked case.
     */
    private static final boolean NO_HARD_LINKS = Boolean.getBoolean("copydesk.test.noHardLinks");
    private final MarkdownPaths names = new MarkdownPaths();
    private final StagedFiles staged;
    /** Old file names to remove once the new files are in place. */
    private final List<String> obsolete = new ArrayList<>();
    /** Whether the new version differs from the last one and is to be published. */
    private boolean changed;

    FolderExport(ExportPlace place, ExportRequest request, DraftRenderer renderer, DraftJson json, Instant now)
            throws IOException {
        super(place, request, renderer, json, now);
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
            return Files.size(place.live().resolve(previous.file())) == previous.bytes();
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** A plain folder that this export converts to versions is to be written, however unchanged its pages. */
    @Override
    protected boolean intact(long draftBytes) {
        return !place.converts();
    }

    @Override
    protected void write(String file, byte[] bytes, boolean rewrite, ManifestEntry previous) throws IOException {
        boolean ours = previous != null && file.equals(previous.file());
        if (rewrite && !ours && !request.replaceOther() && Files.exists(place.live().resolve(file))) {
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
    protected long putInPlace(LongConsumer placed, boolean manifestChanged) throws IOException {
        staged.awaitWritten();
        long moved = staged.moveIntoPlace(placed);
        if (place.versioned()) {
            changed = moved > 0 || manifestChanged || place.converts();
            if (changed) {
                carryOver();
            }
            return moved;
        }
        for (String name : obsolete) {
            // A name another draft now has stays; a name from a tampered manifest is never followed.
            Path file = place.folder().resolve(name).normalize();
            if (!names.isTaken(name) && MarkdownPaths.isSafe(name) && file.startsWith(place.folder())) {
                Files.deleteIfExists(file);
            }
        }
        return moved;
    }

    /**
     * Links every file of the last version that this export neither wrote nor removes into the
     * new one: unchanged pages, kept stale ones, and files Copydesk never wrote (a site's
     * {@code _index.md}), which an export in place left alone too.
     */
    private void carryOver() throws IOException {
        Path from = place.live();
        Path to = place.folder();
        if (from.equals(to) || !Files.isDirectory(from)) {
            return;
        }
        Set<String> removed = new HashSet<>();
        for (String name : obsolete) {
            if (!names.isTaken(name)) {
                removed.add(name);
            }
        }
        String ownPrefix = place.tempPrefix();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = from.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                Path target = to.resolve(name);
                if (removed.contains(name) || name.startsWith(ownPrefix) || name.equals(".copydesk-lock")
                        || Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(file));
                } else {
                    try {
                        if (NO_HARD_LINKS) {
                            throw new UnsupportedOperationException("hard links off (test)");
                        }
                        Files.createLink(target, file);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    protected void publish() throws IOException {
        if (changed) {
            place.publish();
        } else {
            place.discard();
        }
    }

    @Override
    protected void closeFiles() {
        staged.close();
    }
}
