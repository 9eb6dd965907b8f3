package com.copydesk.store;

import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One Copydesk store: a SQLite file in WAL mode with foreign keys on. Writes go through one
 * connection, one transaction at a time ({@link #write}); reads take a connection of their own
 * ({@link #read}), so the window can page through drafts while an import writes.
 *
 * <p>Opening a store brings its schema up to date: a store with data is first copied beside
 * itself, then each missing migration runs in its own transaction. A store made by a newer
 * Copydesk, or an SQLite file that is not a Copydesk store, is refused and left untouched.
 *
 * <p>A team store ({@link #openPostgres}) is a PostgreSQL database instead: its connections come
 * from a pool, each write on one of them in its own transaction; this process's writes still go
 * one at a time, as on SQLite, and other editors' processes write beside them. What only a file
 * has (backups before a migration, checks, recovery, closing for a file dialog) stays SQLite's.
 */
public final class Store implements AutoCloseable {
    private static final int MAX_IDLE_READERS = 4;

    private final Path path;
    /** Reopened after {@link #whileClosed}; only read or replaced under {@link #writeLock} or the gate's write lock. */
    private Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Every use of a connection holds it shared; {@link #whileClosed} holds it alone. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final Deque<Connection> idleReaders = new ArrayDeque<>();
    private final List<Connection> allReaders = new ArrayList<>();
    private final Optional<Path> migrationBackup;
    private volatile boolean closed;
    /** Opened by {@link #openForReading}: every connection read-only, nothing written, not even at close. */
    private final boolean readOnly;
    /** Set once SQLite reported the file damaged: nothing more is written, and the store is not marked clean. */
    private volatile boolean damageSeen;
    /** A team store's connections; null for a SQLite file. */
    private final HikariDataSource pool;
    /** A team store's address; null for a SQLite file. */
    private final PgAddress address;
    /** A team store's change sequence and its wake-up; null for a SQLite file. */
    private final TeamChanges teamChanges;

    private Store(Path path, Connection writer, Optional<Path> migrationBackup, boolean readOnly) {
        this.path = path;
        this.writer = writer;
        this.migrationBackup = migrationBackup;
        this.readOnly = readOnly;
        this.pool = null;
        this.address = null;
        this.teamChanges = null;
    }

    private Store(PgAddress address, HikariDataSource pool) {
        // A path for what shows where the store is; nothing reads or writes a file there.
        this.path = Path.of(address.toString());
        this.writer = null;
        this.migrationBackup = Optional.empty();
        this.readOnly = false;
        this.pool = pool;
        this.address = address;
        this.teamChanges = new TeamChanges(address);
    }

    /**
     * Opens the team store at {@code address}, creating its schema in an empty database or
     * bringing it up to date; refuses a database of another application, an unreachable server,
     * a wrong password and a server older than PostgreSQL 13, each with a message that says so.
     */
    public static Store openPostgres(PgAddress address) {
        return new Store(address, PgStoreOpener.open(address));
    }

    /** The team store's address, if this is one (else a SQLite file). */
    public Optional<PgAddress> teamAddress() {
        return Optional.ofNullable(address);
    }

    /**
     * Opens an existing, up-to-date store for reading only, for the commands that only read
     * ({@code stats}, {@code show}, {@code list}, {@code export}): they write nothing to it and do
     * not pay the check before a write. Empty when the store must be created or migrated first:
     * the caller then opens it with {@link #open}.
     */
    public static Optional<Store> openForReading(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Connection c = connect(file, true);
        try (Statement s = c.createStatement()) {
            int applicationId = intPragma(s, "application_id");
            int version = intPragma(s, "user_version");
            if (applicationId != Migrations.APPLICATION_ID || version != Migrations.latestVersion()) {
                closeQuietly(c);
                return Optional.empty(); // refused, created or migrated by open(), with its messages
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw damaged(file, e);
        }
        return Optional.of(new Store(file, c, Optional.empty(), true));
    }

    /**
     * What the store's file looks like now (size, modification and change time, which file) when
     * its write-ahead log holds nothing; empty for a team store and while the log holds commits.
     * Every commit changes it (the log grows, and a checkpoint rewrites the file), whoever makes
     * it, Copydesk or not; taken within a read, it stands for what the read saw, since a commit
     * made during the read stays in the log until the read ends. An export keeps it to know, from
     * the file alone, that nothing in the store changed since.
     */
    public Optional<String> fileState() {
        return pool != null ? Optional.empty() : CleanMark.stateWithEmptyLog(path);
    }

    /** True when this store was opened for reading only. */
    public boolean readOnly() {
        return readOnly;
    }

    public static Store open(Path path, Clock clock) {
        return open(path, clock, Migrations.ALL);
    }

    /** Opens with a given list of migrations; tests use it to build stores of older versions. */
    static Store open(Path path, Clock clock, List<Migration> migrations) {
        Path file = path.toAbsolutePath().normalize();
        int target = migrations.get(migrations.size() - 1).version();
        Optional<Path> backup = Optional.empty();
        Backups.removeLeftovers(file);
        if (Files.exists(file)) {
            backup = checkExisting(file, target, clock);
        } else {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new StoreException("Cannot create the folder for the store " + file + ": " + e.getMessage()
                        + ". Choose another place with --db or COPYDESK_DB.", e);
            }
        }
        Connection writer = connect(file, false);
        try (Statement s = writer.createStatement()) {
            // Checkpoint the WAL every 32 MB rather than every 4 MB: an import batch is several MB,
            // and pages written by consecutive batches are then copied into the file once.
            s.execute("PRAGMA wal_autocheckpoint = 8192");
            s.execute(WRITER_CACHE);
            migrate(writer, migrations);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new StoreException("The store " + file + " could not be brought up to date: " + e.getMessage()
                    + backup.map(b -> ". A copy taken before is at " + b).orElse(""), e);
        }
        return new Store(file, writer, backup, false);
    }

    /** Refuses what must not be touched; copies a store with data that is about to migrate. */
    private static Optional<Path> checkExisting(Path file, int target, Clock clock) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + " is not a file. Choose a store file with --db or COPYDESK_DB.");
        }
        int version;
        int applicationId;
        boolean hasTables;
        try (Connection probe = connect(file, true); Statement s = probe.createStatement()) {
            version = intPragma(s, "user_version");
            applicationId = intPragma(s, "application_id");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                hasTables = rs.next() && rs.getInt(1) > 0;
            }
            if (hasTables && applicationId == Migrations.APPLICATION_ID && !CleanMark.matches(file)) {
                // Changed since a Copydesk last closed it cleanly: know it sound before anything writes to it.
                String found = Backups.integrity(s, "quick_check");
                if (!"ok".equals(found)) {
                    throw StoreProblems.damaged(file, found, null);
                }
            }
        } catch (SQLException e) {
            throw damaged(file, e);
        }
        if (hasTables && applicationId != Migrations.APPLICATION_ID) {
            throw new StoreException(file + " is an SQLite database, but not a Copydesk store; it was left as it is."
                    + " Choose a Copydesk store, or a new file, with --db or COPYDESK_DB.");
        }
        if (version > target) {
            throw new StoreException("The store " + file + " was made by a newer Copydesk (schema version " + version
                    + "; this Copydesk knows up to " + target + "). It was left untouched."
                    + " Open it with a newer Copydesk, or choose another store with --db.");
        }
        if (version < target && hasTables) {
            return Optional.of(backup(file, version, clock));
        }
        return Optional.empty();
    }

    private static Path backup(Path file, int version, Clock clock) {
        try {
            return Backups.write(file, version, clock);
        } catch (IOException | SQLException e) {
            throw new StoreException("The store " + file + " needs a schema upgrade, but no sound copy of it could be made"
                    + " first (" + e.getMessage() + "), so it was left untouched. Free some disk space and retry.", e);
        }
    }

    private static void migrate(Connection c, List<Migration> migrations) throws SQLException {
        int version;
        try (Statement s = c.createStatement()) {
            version = intPragma(s, "user_version");
            if (version == 0) {
                s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            }
        }
        for (Migration migration : migrations) {
            if (migration.version() <= version) {
                continue;
            }
            c.setAutoCommit(false);
            try {
                migration.apply(c);
                c.commit();
                FaultPoint.reach("migration.afterStep");
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migration " + migration.version() + " (" + migration.description()
                        + ") failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * The writer's page cache, larger than a reader's 32 MB: an import adds 32 near-duplicate
     * anchors a draft, and each batch reads and inserts them at random places of near_anchor
     * (feature hashes have no order to exploit). Once that table is more than about twice the
     * cache, most of those are misses, read from the file and spilled again, and the
     * near-duplicate step's CPU a draft grew with the store: 0.40 ms at 100,000 drafts, 0.65 at
     * 200,000, 1.06 at 300,000 with 32 MB (the same at 10,000 drafts with a 2 MB cache: 0.71
     * against 0.36). A ceiling, not an allocation: SQLite takes pages as they are read, so a small
     * store's writer stays small; near_anchor of 1,000,000 drafts (32 million rows) is about 800
     * MB. Memory-mapping the file instead did not help (0.82 ms at 10,000 with a 2 MB cache): the
     * batch's pages are written, and in WAL mode those are read back from the log, not the map.
     */
    private static final String WRITER_CACHE = "PRAGMA cache_size = -1000000";

    private static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(15_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);

        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-32_000);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw damaged(file, e);
        }
    }

    private static StoreException damaged(Path file, SQLException e) {
        if (StoreProblems.isDamage(e)) {
            return StoreProblems.damaged(file, e.getMessage(), e);
        }
        if (StoreProblems.isLocked(e)) {
            return StoreProblems.locked(file, e);
        }
        if (e instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CANTOPEN
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_READONLY
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_PERM)) {
            return new StoreException("The store " + file + " cannot be opened for writing (" + e.getMessage()
                    + "). Check the file's permissions, or choose another store with --db.", e);
        }
        return new StoreException("The store " + file + " cannot be opened: " + e.getMessage()
                + ". Choose another store with --db, or restore it from a backup.", e);
    }

    private static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public Path path() {
        return path;
    }

    /** The copy taken before this open migrated the store, if it did. */
    public Optional<Path> migrationBackup() {
        return migrationBackup;
    }

    public int schemaVersion() {
        if (pool != null) {
            return read(PgStoreOpener::schemaVersion);
        }
        return read(c -> {
            try (Statement s = c.createStatement()) {
                return intPragma(s, "user_version");
            }
        });
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none of it. */
    public <T> T write(SqlWork<T> work) {
        gate.readLock().lock();
        try {
            return writeInGate(unwrapping(work));
        } finally {
            gate.readLock().unlock();
        }
    }

    private <T> T writeInGate(SqlWork<T> work) {
        ensureOpen();
        if (readOnly) {
            throw new IllegalStateException("the store " + path + " was opened for reading only");
        }
        if (pool != null) {
            return writeOnPool(work);
        }
        writeLock.lock();
        try {
            // The connection begins IMMEDIATE transactions: a busy store makes us wait here,
            // not fail halfway through the work.
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                FaultPoint.reach("store.beforeCommit");
                writer.commit();
                FaultPoint.reach("store.afterCommit");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("Writing to", e);
        } finally {
            try {
                writer.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next write reports it
            }
            writeLock.unlock();
        }
    }

    /** A team store's write: one pooled connection, one transaction, rolled back whole on any failure. */
    private <T> T writeOnPool(SqlWork<T> work) {
        writeLock.lock();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            boolean committing = false;
            try {
                T result = work.run(PgSql.translating(c));
                FaultPoint.reach("store.beforeCommit");
                committing = true;
                // last, in one round trip with the commit: the counter's row is locked from it to the commit's end
                teamChanges.bumpAndCommit(c);
                c.commit(); // the transaction ended with the bump: nothing left to commit
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                if (PgProblems.connectionLost(c, e)) {
                    // said as such, not as an unreachable server; the pool drops the broken connection
                    throw PgProblems.lostDuringWrite(address, committing, e);
                }
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the connection broke: the server rolls back what it had of the transaction
                }
                throw e;
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // a broken connection, reported above: the pool drops it rather than hand it out again
                }
            }
        } catch (SQLException e) {
            throw PgProblems.of(address, "Writing to", e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * A number that changes when another connection commits to the store: a command, a second
     * window, another process. This process's own writes (all made on one connection) leave it as
     * it is, so a change means the window shows something that is no longer so. On a team store it
     * counts the other processes' commits in the store's change sequence ({@link TeamChanges}).
     */
    public long othersVersion() {
        if (pool != null) {
            return teamChanges.othersVersion(read(TeamChanges::latest));
        }
        gate.readLock().lock();
        try {
            ensureOpen();
            writeLock.lock();
            try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                return rs.getLong(1);
            } finally {
                writeLock.unlock();
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the store failed: " + e.getMessage(), e);
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction, as {@link #write} does, for the layers above the store:
     * they hold a {@link Tx} and pass it to the repositories, never a JDBC connection.
     */
    public <T> T transaction(TxWork<T> work) {
        return write(c -> work.run(new Tx(c)));
    }

    /** Runs {@code work} on a connection of its own, as {@link #read} does, for the layers above the store. */
    public <T> T reading(TxWork<T> work) {
        return read(c -> work.run(new Tx(c)));
    }

    /** {@code work} with the SQL failures it let out unchecked ({@link SqlFailure}) given back as what they were. */
    private static <T> SqlWork<T> unwrapping(SqlWork<T> work) {
        return c -> {
            try {
                return work.run(c);
            } catch (SqlFailure e) {
                throw e.getCause();
            }
        };
    }

    /**
     * Calls {@code wake}, on a thread of the store's, when another process may have changed the
     * store: a team store is told by the server at once ({@code LISTEN}); a SQLite file tells
     * nobody, and this returns false: look at {@link #othersVersion} every few seconds instead.
     * Then compare {@link #othersVersion} with the number seen last.
     *
     * @return whether changes are told at all
     */
    public boolean onOthersChange(Runnable wake) {
        if (teamChanges == null) {
            return false;
        }
        teamChanges.onOthersChange(wake);
        return true;
    }

    /** Whether other processes' changes are told now ({@link #onOthersChange}): false while the server is out of reach. */
    public boolean othersChangesTold() {
        return teamChanges != null && teamChanges.listening();
    }

    /** Runs {@code work} on a connection of its own, seeing the last committed state. */
    public <T> T read(SqlWork<T> given) {
        SqlWork<T> work = unwrapping(given);
        if (pool != null) {
            ensureOpen();
            try (Connection c = pool.getConnection()) {
                return work.run(PgSql.translating(c));
            } catch (SQLException e) {
                throw PgProblems.of(address, "Reading", e);
            }
        }
        gate.readLock().lock();
        try {
            ensureOpen();
            Connection c = borrowReader();
            try {
                return work.run(c);
            } catch (SQLException e) {
                throw failure("Reading", e);
            } finally {
                returnReader(c);
            }
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Runs {@code action} while this process has no descriptor of the store's files open, then
     * opens the store again. For a native file dialog: to show a folder, GTK (GIO) opens files in it to
     * guess their type and closes them again, and closing any descriptor of a file drops every
     * POSIX lock the process holds on it. Seen here: the dialog opened {@code store.db} and
     * {@code store.db-shm}, the window's locks were gone, a command run meanwhile took itself
     * for the store's only user, checkpointed and deleted the WAL under the window, and the
     * window's later writes were lost and the indexes damaged. With no connection open there
     * is no lock to drop. Store work asked for meanwhile waits until the action is done.
     *
     * @return false, without running the action, if the store's work in progress did not end within {@code wait}
     */
    public boolean whileClosed(Duration wait, Runnable action) {
        if (pool != null) {
            action.run(); // a team store has no file here for a dialog to disturb
            return true;
        }
        try {
            if (!gate.writeLock().tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            ensureOpen();
            closeConnections();
            try {
                action.run();
                return true;
            } finally {
                awaitNoOpenFiles(Duration.ofSeconds(2));
                writer = connect(path, readOnly);
                if (!readOnly) {
                    try (Statement s = writer.createStatement()) {
                        s.execute(WRITER_CACHE);
                    } catch (SQLException e) {
                        throw damaged(path, e);
                    }
                }
            }
        } finally {
            gate.writeLock().unlock();
        }
    }

    /**
     * Waits, where the system can tell ({@code /proc/self/fd}), until nothing in this process
     * holds one of the store's files open: a dialog's worker threads may still be closing what
     * they sniffed when the dialog returns.
     */
    private void awaitNoOpenFiles(Duration atMost) {
        Path descriptors = Path.of("/proc/self/fd");
        if (!Files.isDirectory(descriptors)) {
            return;
        }
        Set<Path> ours = Set.of(path, Path.of(path + "-wal"), Path.of(path + "-shm"), Path.of(path + "-journal"));
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline && holdsAny(descriptors, ours)) {
            try {
                Thread.sleep(10); // polling /proc: there is no event for another thread's close()
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean holdsAny(Path descriptors, Set<Path> files) {
        try (var list = Files.list(descriptors)) {
            return list.anyMatch(fd -> {
                try {
                    return files.contains(Files.readSymbolicLink(fd));
                } catch (IOException | UnsupportedOperationException e) {
                    return false; // closed while listing
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    /** Closes every connection; the writer is opened again by whoever closed it. */
    private void closeConnections() {
        synchronized (idleReaders) {
            allReaders.forEach(Store::closeQuietly);
            allReaders.clear();
            idleReaders.clear();
        }
        closeQuietly(writer);
    }

    private Connection borrowReader() {
        synchronized (idleReaders) {
            Connection c = idleReaders.poll();
            if (c != null) {
                return c;
            }
        }
        Connection c = connect(path, readOnly);
        synchronized (idleReaders) {
            allReaders.add(c);
        }
        return c;
    }

    private void returnReader(Connection c) {
        synchronized (idleReaders) {
            if (!closed && idleReaders.size() < MAX_IDLE_READERS) {
                idleReaders.push(c);
                return;
            }
            allReaders.remove(c);
        }
        closeQuietly(c);
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // nothing was committed; the connection reports its state on the next use
        }
    }

    /**
     * What the user is told when SQLite fails: for a damaged file, a full disk or an I/O error,
     * what to do about it; a store seen damaged is not marked cleanly closed.
     */
    private StoreException failure(String doing, SQLException e) {
        if (StoreProblems.isDamage(e)) {
            damageSeen = true;
        }
        StoreException problem = StoreProblems.of(path, doing, e);
        return problem != null ? problem
                : new StoreException(doing + " the store failed: " + e.getMessage(), e);
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("The store " + path + " is closed.");
        }
    }

    /**
     * Checks the whole file; "ok" when the store is sound. It runs on a connection of its own:
     * measured with SQLite 3.50, a second {@code integrity_check} on a connection that ran one
     * before another connection wrote reports the FTS5 index as malformed when it is not (a new
     * connection, and full-text queries on the old one, see it whole).
     */
    public String integrityCheck() {
        if (pool != null) {
            throw new StoreException("Checking the store's file is for SQLite stores; the PostgreSQL server of "
                    + address + " checks its own data.");
        }
        gate.readLock().lock();
        try {
            ensureOpen();
            try (Connection c = connect(path, true); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                StringBuilder result = new StringBuilder();
                while (rs.next()) {
                    if (result.length() > 0) {
                        result.append('\n');
                    }
                    result.append(rs.getString(1));
                }
                return result.toString();
            } catch (SQLException e) {
                throw new StoreException("Checking the store failed: " + e.getMessage(), e);
            }
        } finally {
            gate.readLock().unlock();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (pool != null) {
            closed = true;
            teamChanges.close();
            pool.close();
            return;
        }
        gate.writeLock().lock();
        writeLock.lock();
        try {
            closed = true;
            if (readOnly) {
                closeConnections();
                return;
            }
            if (!damageSeen) {
                try (Statement s = writer.createStatement()) {
                    s.execute("PRAGMA optimize");
                } catch (SQLException ignored) {
                    // optimizing is a courtesy to the next open
                }
            }
            closeConnections();
            if (damageSeen) {
                CleanMark.forget(path);
            } else {
                CleanMark.record(path);
            }
        } finally {
            writeLock.unlock();
            gate.writeLock().unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a connection that failed leaves nothing to clean up
        }
    }
}
