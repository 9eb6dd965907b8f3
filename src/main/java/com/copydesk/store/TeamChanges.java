package com.copydesk.store;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A team store's change sequence, and the wake-up that tells an open window of it.
 *
 * <p>Every write transaction of every editor's process adds one to a counter row
 * ({@code setting} {@value #KEY}) as its last statement, and sends {@code NOTIFY} {@value #CHANNEL}
 * with the new number; PostgreSQL delivers both at commit, or neither. The row's lock is held from
 * that statement to the commit, so the numbers follow the order of the commits with no gap: a
 * reader that sees number N has seen every change up to N (an identity column would not say that:
 * its values are handed out when a row is inserted, not when it commits).
 *
 * <p>This process's own numbers are remembered, so that {@link #othersVersion} moves only with
 * other editors' changes, as SQLite's {@code data_version} does for other connections. A
 * notification is only a wake-up: what counts is the number read from the row, so a lost one (a
 * dropped connection) costs only the wait for the next look.
 */
final class TeamChanges implements AutoCloseable {
    static final String CHANNEL = "copydesk_changed";
    static final String KEY = "change.seq";
    private static final String BUMP = "WITH next AS (INSERT INTO setting (key, value) VALUES ('" + KEY + "', '1') "
            + "ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(setting.value AS bigint) + 1 AS text) RETURNING value) "
            + "SELECT CAST(value AS bigint), pg_notify('" + CHANNEL + "', value) FROM next";
    private static final Logger LOG = Logger.getLogger(TeamChanges.class.getName());
    /** How long the listener waits for a notification before it checks that it should go on. */
    private static final int WAIT_MS = 500;
    /** How long the listener waits before it connects again after its connection failed. */
    private static final long RECONNECT_MS = 3_000;

    private final PgAddress address;
    private final NavigableSet<Long> own = new ConcurrentSkipListSet<>();
    private volatile Runnable wake;
    private volatile boolean listening;
    private volatile boolean closed;
    private Thread listener;

    TeamChanges(PgAddress address) {
        this.address = address;
    }

    /**
     * Adds one to the sequence and notifies the other processes; run last in a write transaction,
     * on the server's connection itself (no SQL rewriting). The number is this process's own from
     * now on (if the transaction rolls back, it is never seen, and the next write takes it).
     */
    long bump(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(BUMP)) {
            rs.next();
            long seq = rs.getLong(1);
            own.add(seq);
            return seq;
        }
    }

    /**
     * {@link #bump} and the commit, sent together: the counter's row is then locked only while the
     * server commits. Sent one after the other, every write held it for a round trip as well (the
     * client reading the bump's answer and sending COMMIT), which on a loaded machine waits for the
     * CPU: TeamBenchmark at 1M, five editors, load 21, 306 of 7,000 writes waited over 20 ms for
     * another's lock (p99 86 ms, at most 226). The connection's transaction has ended on return.
     */
    long bumpAndCommit(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(BUMP + "; COMMIT");
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                long seq = rs.getLong(1);
                own.add(seq);
                return seq;
            }
        }
    }

    /** The newest number committed, 0 before the first change. */
    static long latest(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM setting WHERE key = '" + KEY + "'")) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
        }
    }

    /** How many of the changes up to {@code latest} other processes made: moves only with theirs. */
    long othersVersion(long latest) {
        return latest - own.headSet(latest, true).size();
    }

    /**
     * Calls {@code wake} (on the listener's thread) when another process's change may have been
     * committed; starts listening the first time. A window then reads {@link #othersVersion}.
     */
    synchronized void onOthersChange(Runnable action) {
        this.wake = action;
        if (listener == null && !closed) {
            listener = new Thread(this::listen, "copydesk team changes");
            listener.setDaemon(true);
            listener.start();
        }
    }

    /** Whether notifications arrive now (else the window looks itself, more often). */
    boolean listening() {
        return listening;
    }

    private void listen() {
        while (!closed) {
            try (Connection c = PgStoreOpener.connect(address)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                // what was committed while no one listened: the window looks once
                tell();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notes = pg.getNotifications(WAIT_MS);
                    if (notes != null && othersAmong(notes)) {
                        tell();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.log(Level.INFO, "no change notifications from " + address + " for now: " + e.getMessage());
                }
            } finally {
                listening = false;
            }
            pause();
        }
    }

    private boolean othersAmong(PGNotification[] notes) {
        for (PGNotification note : notes) {
            try {
                if (!own.contains(Long.parseLong(note.getParameter().strip()))) {
                    return true;
                }
            } catch (NumberFormatException e) {
                return true; // not ours to read: look anyway
            }
        }
        return false;
    }

    private void tell() {
        Runnable action = wake;
        if (action != null) {
            action.run();
        }
    }

    private void pause() {
        if (closed) {
            return;
        }
        try {
            Thread.sleep(RECONNECT_MS); // a server that went away: try again a little later, not in a loop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread running;
        synchronized (this) {
            running = listener;
        }
        if (running != null) {
            running.interrupt();
        }
    }
}
