package com.copydesk.ui.common;

import com.copydesk.review.TaskMonitor;

/** Work that must not run on the FX thread: it reads or writes the store, or files. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(TaskMonitor monitor) throws Exception;

    /**
     * Runs the work here and now, unwatched, and hands its result or failure on: what a background
     * that runs work inline (tests, a queue drained by hand) does with it.
     */
    static <T> void runNow(BackgroundWork<T> work, java.util.function.Consumer<T> onDone,
                           java.util.function.Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(TaskMonitor.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onDone.accept(result);
    }
}
