package com.copydesk.support;

import com.copydesk.app.Copydesk;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * A store of its own for each test, in a folder of its own, on a clock the test moves: opened
 * before the test, closed and deleted after it. Register it on a field:
 * {@code @RegisterExtension final TempDesk temp = new TempDesk();} then {@code temp.desk()}.
 */
public final class TempDesk implements BeforeEachCallback, AfterEachCallback {
    /** The moment the tests' stores start at, unless a test names another. */
    public static final String NOW = "2026-11-25T10:00:00Z";

    private final String now;
    private final BiFunction<Path, MutableClock, Copydesk> opener;
    private Path dir;
    private MutableClock clock;
    private Copydesk desk;

    public TempDesk() {
        this(NOW, "store.db");
    }

    public TempDesk(String now, String storeName) {
        this(now, (dir, clock) -> Copydesk.open(dir.resolve(storeName), clock));
    }

    /** A store opened by {@code opener} in the test's folder, e.g. {@link KnownDrafts#open} with its rule file. */
    public TempDesk(String now, BiFunction<Path, MutableClock, Copydesk> opener) {
        this.now = now;
        this.opener = opener;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        dir = TempFolder.create();
        clock = MutableClock.at(now);
        desk = opener.apply(dir, clock);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            desk.close();
        } finally {
            TempFolder.delete(dir);
        }
    }

    public Copydesk desk() {
        return desk;
    }

    /** The test's folder, beside the store: for the files it imports and the exports it writes. */
    public Path dir() {
        return dir;
    }

    public MutableClock clock() {
        return clock;
    }
}
