package com.copydesk.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The folder an export writes in, and the names of Copydesk's own files there. A Markdown export
 * owns {@code .copydesk-manifest.json} and temporary files {@code .copydesk-tmp-*} in its folder,
 * which is a new version behind the destination (see {@link FolderVersions}; its lock is beside
 * the destination), or the destination itself where the file system makes no symbolic links
 * ({@code .copydesk-lock} then in it too); a one-file export to {@code out/a.jsonl} owns
 * {@code out/.a.jsonl.copydesk-…} beside it. The leading dot keeps them out of the way of people
 * and of site generators, and temporary files in the same folder can be moved into place
 * atomically.
 *
 * <p>Opening takes a lock, so that two exports to one destination cannot interleave, and then
 * removes the temporary files a killed export left behind.
 */
final class ExportPlace implements AutoCloseable {
    private final Path destination;
    private final String prefix;
    private final FolderVersions versions;
    /** Where this export writes, and where the last export is read from: the same unless versioned. */
    private Path folder;
    private Path live;
    private boolean published;
    private FileChannel lockChannel;
    private FileLock lock;

    private ExportPlace(Path folder, String prefix, FolderVersions versions) {
        this.destination = folder;
        this.folder = folder;
        this.live = folder;
        this.prefix = prefix;
        this.versions = versions;
    }

    static ExportPlace forFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        FolderVersions versions = FolderVersions.of(absolute);
        return new ExportPlace(versions != null ? versions.destination() : absolute, ".copydesk", versions);
    }

    static ExportPlace forFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new ExportPlace(absolute.getParent(), "." + absolute.getFileName() + ".copydesk", null);
    }

    /** Where this export writes its files. */
    Path folder() {
        return folder;
    }

    /** Where the last export's files are, as readers see them now. */
    Path live() {
        return live;
    }

    /** Whether the export is written into a new version, published whole at the end. */
    boolean versioned() {
        return versions != null;
    }

    /** Whether the destination is not yet a link to a version (a plain folder, or none): the export makes it one. */
    boolean converts() {
        return versions != null && live.equals(destination);
    }

    /** The last export's manifest. */
    Path lastManifest() {
        return live.resolve(prefix + "-manifest.json");
    }

    Path manifest() {
        return folder.resolve(prefix + "-manifest.json");
    }

    /** The store's state as the last one-file export here read it ({@link StoreMark}). */
    Path storeMark() {
        return live.resolve(prefix + "-store");
    }

    /** A temporary file of this export; {@code name} tells it from the export's other temporary files. */
    Path temp(String name) {
        return folder.resolve(tempPrefix() + name);
    }

    String tempPrefix() {
        return prefix + "-tmp-";
    }

    ExportPlace open() throws IOException {
        if (versions == null) {
            Files.createDirectories(folder);
        }
        Path lockFile = lockFile();
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            lockChannel = null;
            throw new ExportException("Another export to " + destination + " is running. Wait for it to finish.");
        }
        if (versions != null) {
            live = versions.recover();
            folder = versions.next();
        } else {
            removeTemporaryFiles();
        }
        return this;
    }

    private Path lockFile() {
        return versions != null ? versions.lockFile() : folder.resolve(prefix + "-lock");
    }

    /**
     * Makes what this export wrote what readers of the destination see, in one step, and removes
     * the last version. Nothing to do where the export wrote in place.
     */
    void publish() throws IOException {
        if (versions != null) {
            Path previous = versions.publish(folder, live);
            published = true;
            versions.remove(previous);
        }
    }

    /** Drops a version that changed nothing: the destination keeps showing the last one, untouched. */
    void discard() throws IOException {
        if (versions != null && !published) {
            versions.discard(folder);
        }
    }

    /**
     * Removes every temporary file of this destination: a killed export's, or this one's when it
     * stops. Only while this export holds the lock: another export's files are not ours to remove.
     */
    void removeTemporaryFiles() throws IOException {
        if (lockChannel == null) {
            return;
        }
        if (versions != null) {
            discard();
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                path -> path.getFileName().toString().startsWith(tempPrefix()))) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /**
     * Makes the folder's entries (the files moved into it, the ones removed) durable. Only some
     * systems can open a folder for this (Linux and macOS can; Windows cannot, and needs not).
     */
    void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // the moves are done; only their durability across a power cut is up to the system
        }
    }

    @Override
    public void close() throws IOException {
        if (lockChannel == null) {
            return;
        }
        lock.release();
        lockChannel.close();
        lockChannel = null;
        try {
            Files.deleteIfExists(lockFile());
        } catch (IOException e) {
            // an unlocked lock file left behind is harmless: the next export locks it again
        }
    }
}
