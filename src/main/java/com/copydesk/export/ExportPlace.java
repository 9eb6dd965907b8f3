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
 * owns {@code .copydesk-manifest.json}, {@code .copydesk-lock} and temporary files
 * {@code .copydesk-tmp-*} in its folder; a one-file export to {@code out/a.jsonl} owns
 * {@code out/.a.jsonl.copydesk-…} beside it. The leading dot keeps them out of the way of people
 * and of site generators, and temporary files in the same folder can be moved into place
 * atomically.
 *
 * <p>Opening takes a lock, so that two exports to one destination cannot interleave, and then
 * removes the temporary files a killed export left behind.
 */
final class ExportPlace implements AutoCloseable {
    private final Path folder;
    private final String prefix;
    private FileChannel lockChannel;
    private FileLock lock;

    private ExportPlace(Path folder, String prefix) {
        this.folder = folder;
        this.prefix = prefix;
    }

    static ExportPlace forFolder(Path folder) {
        return new ExportPlace(folder.toAbsolutePath().normalize(), ".copydesk");
    }

    static ExportPlace forFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new ExportPlace(absolute.getParent(), "." + absolute.getFileName() + ".copydesk");
    }

    Path folder() {
        return folder;
    }

    Path manifest() {
        return folder.resolve(prefix + "-manifest.json");
    }

    /** A temporary file of this export; {@code name} tells it from the export's other temporary files. */
    Path temp(String name) {
        return folder.resolve(tempPrefix() + name);
    }

    String tempPrefix() {
        return prefix + "-tmp-";
    }

    ExportPlace open() throws IOException {
        Files.createDirectories(folder);
        Path lockFile = folder.resolve(prefix + "-lock");
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            lockChannel = null;
            throw new ExportException("Another export to " + folder + " is running. Wait for it to finish.");
        }
        removeTemporaryFiles();
        return this;
    }

    /**
     * Removes every temporary file of this destination: a killed export's, or this one's when it
     * stops. Only while this export holds the lock: another export's files are not ours to remove.
     */
    void removeTemporaryFiles() throws IOException {
        if (lockChannel == null) {
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
            Files.deleteIfExists(folder.resolve(prefix + "-lock"));
        } catch (IOException e) {
            // an unlocked lock file left behind is harmless: the next export locks it again
        }
    }
}
