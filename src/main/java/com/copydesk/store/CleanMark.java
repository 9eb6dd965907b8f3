package com.copydesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * What the store's files looked like when Copydesk last closed them cleanly, kept beside the
 * store ({@code NAME.copydesk-closed}): size, modification and change time, file key, for the
 * store and its WAL. A store that still looks like that needs no check before a write: nothing
 * has touched it since a Copydesk that knew it sound let it go. Anything else (a process killed
 * while it had the store open, a copy, a sync tool, a bad sector written over) changes one of
 * them, and the store is checked ({@code PRAGMA quick_check}) before anything is written. The
 * change time cannot be set back by a program that restores a modification time.
 */
final class CleanMark {
    private static final String SUFFIX = ".copydesk-closed";

    private CleanMark() {
    }

    /** True when the store's files are as Copydesk left them at its last clean close. */
    static boolean matches(Path store) {
        try {
            String marked = Files.readString(markOf(store), StandardCharsets.UTF_8);
            if (marked.equals(describe(store))) {
                return true;
            }
            // A reader (a read-only Copydesk command, sqlite3) leaves an empty write-ahead log
            // behind, which it cannot delete: an empty log holds nothing, so the store is still the
            // main file the mark describes. Without this, any `stats` or `show` made the next
            // write check the whole store (34.7 s for one approve at 100,000 drafts).
            String main = marked.substring(0, Math.max(0, marked.indexOf('\n')));
            Path wal = Path.of(store + "-wal");
            return !main.isEmpty() && main.equals(describeFile(store)) && (!Files.exists(wal) || Files.size(wal) == 0);
        } catch (IOException e) {
            return false;
        }
    }

    /** Records the files as they are now; call it after the last connection closed. */
    static void record(Path store) {
        Path mark = markOf(store);
        Path temporary = mark.resolveSibling(mark.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, describe(store), StandardCharsets.UTF_8);
            Files.move(temporary, mark, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            forget(store); // without a mark the next open checks the store: slower, never wrong
        }
    }

    /** Drops the mark, so that the next open checks the store. */
    static void forget(Path store) {
        try {
            Files.deleteIfExists(markOf(store));
        } catch (IOException ignored) {
            // a mark that cannot be removed describes files that will no longer match it
        }
    }

    private static Path markOf(Path store) {
        return store.resolveSibling(store.getFileName() + SUFFIX);
    }

    /** The store's main file described, when its write-ahead log is absent or empty; else empty. */
    static java.util.Optional<String> stateWithEmptyLog(Path store) {
        try {
            Path wal = Path.of(store + "-wal");
            if (!Files.isRegularFile(store) || Files.exists(wal) && Files.size(wal) > 0) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(describeFile(store));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String describe(Path store) throws IOException {
        return describeFile(store) + "\n" + describeFile(Path.of(store + "-wal")) + "\n";
    }

    private static String describeFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "none";
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String changed = "";
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:ctime,ino,dev");
            changed = " " + unix.get("ctime") + " " + unix.get("ino") + " " + unix.get("dev");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // not a Unix file system: size and modification time only
        }
        return attributes.size() + " " + attributes.lastModifiedTime().toInstant() + changed;
    }
}
