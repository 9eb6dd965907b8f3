package com.copydesk.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;

/**
 * The command line on a store of each test's own, as {@code java -jar copydesk.jar --db STORE ...}
 * runs it: {@code @RegisterExtension final CliRunner cli = new CliRunner();} then
 * {@code cli.run("import", ...)}; the folder is deleted after the test.
 */
public final class CliRunner implements BeforeEachCallback, AfterEachCallback {
    private Path dir;
    private MutableClock clock;

    @Override
    public void beforeEach(ExtensionContext context) {
        dir = TempFolder.create();
        clock = MutableClock.at(TempDesk.NOW);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        TempFolder.delete(dir);
    }

    /** Runs one command on the test's store ({@code store.db} in its folder). */
    public CliRun run(String... args) {
        return CliRun.run(store(), clock, args);
    }

    public Path store() {
        return dir.resolve("store.db");
    }

    /** The test's folder, beside the store: for the files it imports and the exports it writes. */
    public Path dir() {
        return dir;
    }

    public MutableClock clock() {
        return clock;
    }
}
