package com.copydesk.support;

import com.copydesk.store.PgAddress;
import com.copydesk.store.PgStoreOpener;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server the team-store tests run on: {@code $COPYDESK_TEST_PG}
 * ({@code postgresql://ROLE@HOST:PORT/DATABASE}, the role allowed to create databases) with
 * {@code $PGPASSWORD}. Each test gets a database of its own, made here and dropped after. Without
 * a server the tests are skipped with a message, except on CI ({@code CI=true}), where they fail:
 * CI must never pass a PostgreSQL suite it did not run.
 */
public final class PgTestServer {
    private PgTestServer() {
    }

    /** The server's address, or the test is skipped (failed on CI) saying why there is none. */
    public static PgAddress address() {
        String uri = System.getenv("COPYDESK_TEST_PG");
        if (uri == null || uri.isBlank()) {
            unavailable("COPYDESK_TEST_PG is not set (e.g. postgresql://copydesk@127.0.0.1:5432/copydesk_test, "
                    + "with PGPASSWORD; .ci/run sets both)");
        }
        PgAddress address = PgAddress.parse(uri);
        try (Connection c = PgStoreOpener.connect(address)) {
            c.isValid(5);
            return address;
        } catch (SQLException e) {
            unavailable("the PostgreSQL server of COPYDESK_TEST_PG=" + address + " cannot be used: " + e.getMessage());
            return null;
        }
    }

    private static void unavailable(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("The team-store tests need PostgreSQL on CI, but " + why);
        }
        Assumptions.abort("No PostgreSQL for the team-store tests: " + why);
    }

    /** A new, empty database on the server, for one test. */
    public static PgAddress newDatabase() {
        PgAddress server = address();
        String name = "copydesk_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute(server, "CREATE DATABASE " + name);
        return new PgAddress(server.user(), server.host(), server.port(), name);
    }

    /**
     * Drops a test's database. {@code WITH (FORCE)} ends the test's own connections, but not an
     * autovacuum worker that has just started on the busy new database: a role that is not a
     * superuser may not end it (SQLSTATE 42501, seen on a loaded machine). The worker leaves in a
     * moment, so the drop is tried again until it goes, for at most ten seconds.
     */
    public static void dropDatabase(PgAddress database) {
        PgAddress server = address();
        String sql = "DROP DATABASE IF EXISTS " + database.database() + " WITH (FORCE)";
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Connection c = PgStoreOpener.connect(server); Statement s = c.createStatement()) {
                s.execute(sql);
                return;
            } catch (SQLException e) {
                if (!"42501".equals(e.getSQLState()) || System.nanoTime() > deadline) {
                    throw new IllegalStateException(sql + ": " + e.getMessage(), e);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
            }
        }
    }

    /** Runs one statement on the server's own database (the one COPYDESK_TEST_PG names). */
    public static void execute(PgAddress on, String sql) {
        try (Connection c = PgStoreOpener.connect(on); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
