package com.copydesk.ui.common;

import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. Quick store work (a page, a
 * save) runs in order on one thread, so that what the editor did lands in the order they did
 * it; long jobs (import, export, re-flagging) run on their own thread with progress and cancel.
 * Tests of view models use {@link #inline()}, which runs everything on the caller's thread.
 */
public interface Background {

    /** Quick work, in submission order; {@code onDone} and {@code onFailure} run on the FX thread. */
    <T> void run(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);

    /**
     * Quick work that only informs (the counts of the views, the status bar): it runs in order
     * apart from {@link #run}, so that a slow count never holds up a page or the draft shown.
     */
    default <T> void runAside(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        run(work, onDone, onFailure);
    }

    /** A long job with progress; the returned job can be watched and cancelled. */
    <T> Job<T> start(String title, BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);

    static Background inline() {
        return new InlineBackground();
    }
}
