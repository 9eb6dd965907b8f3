package com.copydesk.export;

import com.copydesk.store.FaultPoint;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of a Markdown export behind its destination, so that a reader of the destination
 * (a person, a site build starting at any moment) sees the last export or the next one, file for
 * file, whenever the export stops. The destination {@code posts} is a symbolic link to a whole
 * export, {@code .posts.copydesk/v7}, in a hidden folder beside it named after it; the next export
 * is written into {@code .posts.copydesk/v8}, forced to the disk, and the link is replaced in one
 * rename (a new link made under a temporary name, {@code .posts.copydesk/link}, moved over the old
 * one); the previous version is removed after.
 *
 * <p>The version folders are in a hidden folder, and named {@code vN}, because Hugo skips a
 * hidden folder and publishes a linked folder under the link's name, but not one whose own name is
 * hidden (measured with Hugo 0.111).
 *
 * <p>The next export under the lock finishes or clears what a killed one left: a temporary link
 * to a written version is moved into place (everything it names was forced to the disk before the
 * link was made), anything else but the live version is removed.
 */
final class FolderVersions {
    private static final Pattern VERSION = Pattern.compile("v(\\d+)");
    private static final String LINK = "link";
    private static final String OLD = "old";
    private static final String LOCK = "lock";

    private final Path destination;
    private final Path parent;
    private final Path holder;

    private FolderVersions(Path destination) {
        this.destination = destination;
        this.parent = destination.getParent();
        this.holder = parent.resolve("." + destination.getFileName() + ".copydesk");
    }

    /**
     * The versions behind {@code destination}, or null where this file system makes no symbolic
     * links (Windows without the privilege, FAT); there the export writes in the folder itself. A
     * destination that is someone's link to a folder elsewhere is followed: the versions go beside
     * that folder.
     */
    static FolderVersions of(Path destination) {
        if (Boolean.getBoolean("copydesk.export.inPlace") || destination.getParent() == null
                || System.getProperty("os.name", "").startsWith("Windows")) {
            // Windows: replacing a link to a folder in one rename is not something it promises
            return null;
        }
        Path place = destination;
        try {
            if (Files.isSymbolicLink(place) && new FolderVersions(place).current() == null && Files.isDirectory(place)) {
                place = place.toRealPath();
            }
            FolderVersions versions = new FolderVersions(place);
            return versions.canLink() ? versions : null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    private boolean canLink() throws IOException {
        boolean made = !Files.isDirectory(holder);
        Files.createDirectories(holder);
        Path probe = holder.resolve("probe-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createSymbolicLink(probe, Path.of(LOCK));
            Files.deleteIfExists(probe);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            if (made) {
                Files.deleteIfExists(holder);
            }
            return false;
        }
    }

    Path destination() {
        return destination;
    }

    Path lockFile() {
        return holder.resolve(LOCK);
    }

    /**
     * Under the lock: finishes or clears a killed export's leftovers and returns the folder the
     * destination shows now (the destination itself when it is a plain folder or absent).
     */
    Path recover() throws IOException {
        Path link = holder.resolve(LINK);
        if (Files.isSymbolicLink(link)) {
            Path target = parent.resolve(Files.readSymbolicLink(link)).normalize();
            if (!Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(target)
                    && holder.equals(target.getParent())) {
                // killed between the two renames of a conversion, or before the link's rename: finish it
                Files.move(link, destination, StandardCopyOption.ATOMIC_MOVE);
                syncFolder(parent);
            } else {
                Files.delete(link);
            }
        }
        Path current = current();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(holder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!entry.equals(current) && !name.equals(LOCK)) {
                    deleteTree(entry, null);
                }
            }
        }
        return current != null ? current : destination;
    }

    /** A new, empty version folder, numbered after every other. */
    Path next() throws IOException {
        long highest = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(holder)) {
            for (Path entry : entries) {
                Matcher m = VERSION.matcher(entry.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Long.parseLong(m.group(1)));
                }
            }
        }
        return Files.createDirectory(holder.resolve("v" + (highest + 1)));
    }

    /**
     * Makes {@code next} what the destination shows, in one rename, and returns the folder it
     * showed before, to be removed (null when there is none). A plain folder (an export from
     * before versions, or a new user's) is moved into the hidden folder first: for the
     * microseconds between that rename and the link's, once, the destination is absent, never
     * mixed; a kill there is finished by the next export.
     */
    Path publish(Path next, Path previous) throws IOException {
        syncTree(next);
        Path link = holder.resolve(LINK);
        Files.createSymbolicLink(link, parent.relativize(next));
        syncFolder(holder);
        FaultPoint.reach("export.beforeLink");
        Path old = null;
        if (Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
            old = holder.resolve(OLD);
            Files.move(destination, old, StandardCopyOption.ATOMIC_MOVE);
            FaultPoint.reach("export.converting");
        } else if (previous != null && holder.equals(previous.getParent())) {
            old = previous;
        }
        Files.move(link, destination, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(parent);
        syncFolder(holder);
        FaultPoint.reach("export.afterLink");
        return old;
    }

    /** Removes the version the destination showed before (a kill half-way: the next export ends it). */
    void remove(Path previous) throws IOException {
        if (previous != null) {
            deleteTree(previous, "export.removingOld");
        }
    }

    /** Removes a version that was not published. */
    void discard(Path next) throws IOException {
        deleteTree(next, null);
    }

    /** The version folder the destination links to, or null when it is no link of ours. */
    Path current() throws IOException {
        if (!Files.isSymbolicLink(destination)) {
            return null;
        }
        Path target = parent.resolve(Files.readSymbolicLink(destination)).normalize();
        return holder.equals(target.getParent()) && VERSION.matcher(target.getFileName().toString()).matches()
                ? target : null;
    }

    /** Removes a folder and everything in it, never following a link out of it. */
    static void deleteTree(Path root, String faultPoint) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                if (faultPoint != null) {
                    FaultPoint.reach(faultPoint);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Forces every folder of a version to the disk, so that its entries survive a power cut with the link. */
    private static void syncTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                syncFolder(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // only the durability across a power cut is then up to the system; the renames are atomic
        }
    }
}
