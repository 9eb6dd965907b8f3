package com.copydesk.support;

import com.copydesk.store.PgAddress;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;

/**
 * The command line on a store of each test's own, as {@code java -jar copydesk.jar --db STORE ...}
 * runs it: {@code @RegisterExtension final CliRunner cli = new CliRunner();} then
 * {@code cli.run("import", ...)}; the folder is deleted after the test.
 * {@link #onPostgres()} runs the same commands on a team store instead: a new database on the
 * test server ({@link PgTestServer}) for each test, dropped after it.
 */
public final class CliRunner implements BeforeEachCallback, AfterEachCallback {
    private final boolean postgres;
    private Path dir;
    private MutableClock clock;
    private PgAddress database;

    public CliRunner() {
        this(false);
    }

    private CliRunner(boolean postgres) {
        this.postgres = postgres;
    }

    /** The command line on a PostgreSQL team store of each test's own. */
    public static CliRunner onPostgres() {
        return new CliRunner(true);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        dir = TempFolder.create();
        clock = MutableClock.at(TempDesk.NOW);
        if (postgres) {
            database = PgTestServer.newDatabase();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        TempFolder.delete(dir);
        if (database != null) {
            PgTestServer.dropDatabase(database);
            database = null;
        }
    }

    public boolean postgres() {
        return postgres;
    }

    /** Runs one command on the test's store ({@code store.db} in its folder). */
    public CliRun run(String... args) {
        return CliRun.run(store(), clock, args);
    }

    /** Runs one command as the editor {@code editor} ({@code --editor}), as a second editor's terminal would. */
    public CliRun runAs(String editor, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--editor";
        all[1] = editor;
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    /** The store as {@code --db} names it: {@code store.db} in the test's folder, or the team store's address. */
    public Path store() {
        return database != null ? Path.of(database.toString()) : dir.resolve("store.db");
    }

    /** The test's folder, beside the store: for the files it imports and the exports it writes. */
    public Path dir() {
        return dir;
    }

    public MutableClock clock() {
        return clock;
    }
}
