package com.copydesk.support;

import com.copydesk.app.Copydesk;
import com.copydesk.review.TaskMonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A desk on a new store in its own folder under {@code dir}, at {@link TempDesk#NOW}, with these
 * draft lines imported: the set-up of the window tests that start the real application.
 */
public final class SeededDesk {
    private SeededDesk() {
    }

    public static Copydesk open(Path dir, List<String> lines) {
        Path store;
        try {
            store = Files.createTempDirectory(dir, "store").resolve("desk.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Copydesk desk = Copydesk.open(store, MutableClock.at(TempDesk.NOW));
        if (!lines.isEmpty()) {
            desk.imports().run(List.of(DraftFiles.lines(store.resolveSibling("in.jsonl"), lines)), TaskMonitor.NONE);
        }
        return desk;
    }
}
