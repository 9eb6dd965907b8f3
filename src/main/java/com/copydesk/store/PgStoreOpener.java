package com.copydesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Opens a team store: reaches the server on one connection first, so that each way it can fail
 * (unreachable, wrong password, no such database, a server older than 13, a database of another
 * application, a store made by a newer Copydesk) is told plainly; creates or migrates the schema;
 * then hands out a pool of connections for the store's work.
 */
public final class PgStoreOpener {
    /** PostgreSQL 13: the oldest server the team store runs on (the contract's floor). */
    static final int OLDEST_SERVER = 130_000;
    /** Any number that is Copydesk's alone, to serialise two processes creating the schema at once. */
    private static final long MIGRATION_LOCK = 0x4370446bL;
    private static final int POOL_SIZE = 4;

    private PgStoreOpener() {
    }

    public static HikariDataSource open(PgAddress address) {
        try (Connection c = connect(address)) {
            checkServer(c, address);
            migrate(c, address, PgSchema.ALL);
        } catch (SQLException e) {
            throw PgProblems.of(address, "Opening", e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setDataSourceProperties(properties(address));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("copydesk " + address);
        config.setConnectionTimeout(10_000);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            SQLException cause = sqlCause(e);
            throw cause != null ? PgProblems.of(address, "Opening", cause)
                    : new StoreException("The team store " + address + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** One connection of its own, with the same settings as the pool's. */
    public static Connection connect(PgAddress address) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), properties(address));
    }

    private static Properties properties(PgAddress address) {
        Properties p = new Properties();
        if (address.user() != null) {
            p.setProperty("user", address.user());
        }
        // The password from $PGPASSWORD, as libpq reads it; without one the driver reads ~/.pgpass.
        // It goes to the driver only: never into the address, a message or a log.
        String password = System.getenv("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "10");
        p.setProperty("ApplicationName", "copydesk");
        return p;
    }

    private static void checkServer(Connection c, PgAddress address) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int, current_setting('server_version')")) {
            rs.next();
            if (rs.getInt(1) < OLDEST_SERVER) {
                throw new StoreException("The PostgreSQL server at " + address.server() + " is version " + rs.getString(2)
                        + "; the team store needs PostgreSQL 13 or newer. Upgrade the server, or choose another with --db.");
            }
        }
    }

    /** Creates or brings up to date the schema, one migration a transaction, refusing what is not Copydesk's. */
    static void migrate(Connection c, PgAddress address, List<Migration> migrations) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            // Two editors opening a new database at once: the second waits, then finds the schema made.
            s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            int version = version(s, address);
            int target = migrations.get(migrations.size() - 1).version();
            if (version > target) {
                throw new StoreException("The team store " + address + " was made by a newer Copydesk (schema version "
                        + version + "; this Copydesk knows up to " + target + "). It was left untouched."
                        + " Use a newer Copydesk, or choose another store with --db.");
            }
            if (version == 0) {
                s.execute("CREATE TABLE " + PgSchema.VERSION_TABLE + " (version integer NOT NULL, "
                        + "description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
            }
            for (Migration migration : migrations) {
                if (migration.version() <= version) {
                    continue;
                }
                for (String sql : migration.statements()) {
                    s.execute(sql);
                }
                try (var ps = c.prepareStatement("INSERT INTO " + PgSchema.VERSION_TABLE
                        + " (version, description) VALUES (?, ?)")) {
                    ps.setInt(1, migration.version());
                    ps.setString(2, migration.description());
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The schema version, 0 for an empty database; refuses one that holds tables of another application. */
    private static int version(Statement s, PgAddress address) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (tables.isEmpty()) {
            return 0;
        }
        if (!tables.contains(PgSchema.VERSION_TABLE)) {
            throw new StoreException("The database " + address.database() + " on " + address.server()
                    + " holds tables Copydesk did not make (" + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                    + (tables.size() > 5 ? ", …" : "") + "); it was left as it is. Create an empty database for the"
                    + " team store (createdb -O ROLE NAME) and name it with --db.");
        }
        try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM " + PgSchema.VERSION_TABLE)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The schema version of the store the connection reaches. */
    public static int schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM " + PgSchema.VERSION_TABLE)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
