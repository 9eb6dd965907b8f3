package com.copydesk.store;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The copies of a store taken before a migration, {@code NAME.vN-<time>.bak} beside it. A file
 * under such a name is whole and checked, or absent: the copy is written under a temporary name
 * ({@code .bak.partial}), checked (integrity, schema version, row counts against the store),
 * synced, and only then renamed. A process killed on the way leaves a temporary, which the next
 * open removes; it never leaves a broken file under a backup's name. A damaged file found under
 * a backup's name all the same (a disk, a sync tool) is reported and never offered for a restore.
 */
public final class Backups {
    static final String PARTIAL = ".partial";
    /** The tables whose rows a backup must hold as many of as the store. */
    private static final List<String> COUNTED = List.of("draft", "draft_text", "history", "change_set");

    private Backups() {
    }

    /** A backup's file and whether it passed {@code quick_check} (with what it found if not). */
    public record Checked(Path file, boolean sound, String problem) {
    }

    /** Writes a whole, checked copy of {@code store} (schema {@code version}) beside it. */
    static Path write(Path store, int version, Clock clock) throws IOException, SQLException {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        Path target = store.resolveSibling(store.getFileName() + ".v" + version + "-" + stamp + ".bak");
        for (int n = 2; Files.exists(target); n++) {
            target = store.resolveSibling(store.getFileName() + ".v" + version + "-" + stamp + "-" + n + ".bak");
        }
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        Files.deleteIfExists(partial);
        try {
            Map<String, Long> expected;
            try (Connection source = connectReadOnly(store); Statement s = source.createStatement()) {
                // VACUUM INTO writes a consistent copy, WAL content included, without touching the source.
                s.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
                expected = counts(s);
            }
            FaultPoint.reach("backup.afterCopy");
            try (Connection copy = connectReadOnly(partial); Statement s = copy.createStatement()) {
                String integrity = integrity(s, "integrity_check");
                if (!"ok".equals(integrity)) {
                    throw new IOException("the copy failed its integrity check: " + integrity);
                }
                int copyVersion = intPragma(s, "user_version");
                if (copyVersion != version) {
                    throw new IOException("the copy has schema version " + copyVersion + ", not " + version);
                }
                Map<String, Long> found = counts(s);
                if (!found.equals(expected)) {
                    throw new IOException("the copy holds " + found + " rows, the store " + expected
                            + " (did another program write meanwhile?)");
                }
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            FaultPoint.reach("backup.beforeRename");
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
            syncFolder(target.getParent());
            FaultPoint.reach("backup.afterRename");
            return target;
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** Removes what a backup killed on its way left (a temporary never holds anything to keep). */
    static void removeLeftovers(Path store) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(store.toAbsolutePath().getParent(),
                glob(store) + ".bak" + PARTIAL)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover that cannot be removed is harmless: it never has a backup's name
        }
    }

    /** The store's backups, newest first (by the time in their names). */
    public static List<Path> list(Path store) {
        Pattern name = Pattern.compile(Pattern.quote(store.getFileName().toString()) + "\\.v\\d+-\\d{8}-\\d{6}(-\\d+)?\\.bak");
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(store.toAbsolutePath().getParent(), glob(store) + ".bak")) {
            for (Path file : files) {
                if (name.matcher(file.getFileName().toString()).matches()) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        Comparator<Path> byStamp = Comparator.comparing(p -> p.getFileName().toString().replaceFirst("^.*\\.v\\d+-", ""));
        found.sort(byStamp.reversed());
        return found;
    }

    /** Checks each backup, newest first, up to and including the first sound one. */
    public static List<Checked> checkNewestFirst(Path store) {
        List<Checked> checked = new ArrayList<>();
        for (Path file : list(store)) {
            Checked one = check(file);
            checked.add(one);
            if (one.sound()) {
                break;
            }
        }
        return checked;
    }

    /** The newest backup that passes {@code quick_check}, if any. */
    public static Optional<Path> newestSound(Path store) {
        return checkNewestFirst(store).stream().filter(Checked::sound).map(Checked::file).findFirst();
    }

    static Checked check(Path file) {
        try (Connection c = connectReadOnly(file); Statement s = c.createStatement()) {
            if (intPragma(s, "application_id") != Migrations.APPLICATION_ID) {
                return new Checked(file, false, "not a Copydesk store");
            }
            String result = integrity(s, "quick_check");
            return new Checked(file, "ok".equals(result), "ok".equals(result) ? null : result);
        } catch (SQLException e) {
            return new Checked(file, false, e.getMessage());
        }
    }

    private static String glob(Path store) {
        return store.getFileName().toString().replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1") + ".v*";
    }

    private static Map<String, Long> counts(Statement s) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : COUNTED) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    static String integrity(Statement s, String pragma) throws SQLException {
        StringBuilder result = new StringBuilder();
        try (ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            while (rs.next()) {
                if (!result.isEmpty()) {
                    result.append('\n');
                }
                result.append(rs.getString(1));
            }
        }
        return result.toString();
    }

    private static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static Connection connectReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    /** Makes a rename in {@code folder} durable; systems that cannot open a folder (Windows) skip it. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder; its renames are durable once they return
        }
    }
}
