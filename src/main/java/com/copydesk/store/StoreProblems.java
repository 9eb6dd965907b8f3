package com.copydesk.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Messages for a store that SQLite finds damaged, cannot read or write, or has no room for: each
 * names the file, says what is wrong and what to do (the newest sound backup by name, free space,
 * another store), as the command line prints it (exit 3) and the window shows it.
 */
public final class StoreProblems {
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_IOERR = 10;
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_NOTADB = 26;

    private StoreProblems() {
    }

    /** True for SQLite's damaged-file errors (corrupt, not a database). */
    static boolean isDamage(SQLException e) {
        int code = primary(e);
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
    }

    /** True when another connection held the store locked for longer than the busy timeout. */
    static boolean isLocked(SQLException e) {
        int code = primary(e);
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }

    /**
     * The store is held locked by another program (a sqlite3 shell in a transaction, a backup
     * tool, another Copydesk's long write): not damage, so no backup advice; wait or close it.
     */
    static StoreException locked(Path store, SQLException e) {
        return new StoreException("The store " + store + " is locked by another program (" + firstLines(e.getMessage())
                + "): it held the store longer than Copydesk waits for it. Nothing was changed. Close that program"
                + " or let its work finish, then open the store again; or choose another store with --db.", e);
    }

    /** A message for a failure caused by the file or disk, or null for any other failure. */
    static StoreException of(Path store, String doing, SQLException e) {
        return switch (primary(e)) {
            case SQLITE_CORRUPT, SQLITE_NOTADB -> damaged(store, e.getMessage(), e);
            case SQLITE_FULL -> new StoreException(doing + " " + store + " failed: the disk (or the store's size limit)"
                    + " is full. Nothing of this command was kept; the store is as it was before it."
                    + " Free some space on " + folder(store) + " and run it again, or choose another store with --db.", e);
            case SQLITE_IOERR -> new DamagedStoreException(store, doing + " " + store + " failed: the system could not read or write"
                    + " the file (" + e.getMessage() + "). Nothing of this command was kept. Check the disk (is it"
                    + " full, removed, or failing?), then run it again; if the error stays, run `copydesk check-store`"
                    + " and restore a backup" + backupAdvice(store) + ".", e);
            default -> null;
        };
    }

    /** The store is damaged: what was found, and what to do about it. */
    public static DamagedStoreException damaged(Path store, String found, Exception cause) {
        return new DamagedStoreException(store, "The store " + store + " is damaged (" + firstLines(found) + "). Copydesk wrote"
                + " nothing to it and left it as it is. " + restoreAdvice(store)
                + " To save what can still be read: copydesk --db " + store + " recover --to NEW.db."
                + " Or choose another store with --db.", cause);
    }

    /** Names the newest sound backup to restore, and the damaged ones never to trust. */
    static String restoreAdvice(Path store) {
        List<Backups.Checked> checked = Backups.checkNewestFirst(store);
        StringBuilder advice = new StringBuilder();
        for (Backups.Checked backup : checked) {
            if (backup.sound()) {
                advice.append("Restore the newest sound backup: copy ").append(backup.file()).append(" over ")
                        .append(store).append(" (and delete ").append(store.getFileName()).append("-wal if there is one).");
                return advice.append(damagedNote(checked)).toString();
            }
        }
        return "There is no sound backup beside it." + damagedNote(checked);
    }

    private static String backupAdvice(Path store) {
        return Backups.list(store).stream().findFirst().map(b -> " (the newest is " + b + ")").orElse("");
    }

    private static String damagedNote(List<Backups.Checked> checked) {
        StringBuilder note = new StringBuilder();
        for (Backups.Checked backup : checked) {
            if (!backup.sound()) {
                note.append(" The backup ").append(backup.file()).append(" is damaged too (")
                        .append(firstLines(backup.problem())).append("): do not restore it.");
            }
        }
        return note.toString();
    }

    private static String folder(Path store) {
        Path parent = store.toAbsolutePath().getParent();
        return parent == null ? store.toString() : parent.toString();
    }

    private static String firstLines(String found) {
        if (found == null) {
            return "unknown damage";
        }
        String[] lines = found.split("\n");
        return lines.length <= 3 ? String.join("; ", lines)
                : String.join("; ", List.of(lines).subList(0, 3)) + "; and " + (lines.length - 3) + " more problems";
    }

    private static int primary(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode() & 0xff;
            }
        }
        return 0;
    }
}
