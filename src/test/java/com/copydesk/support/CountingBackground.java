package com.copydesk.support;

import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.BackgroundWork;
import com.copydesk.ui.common.Job;

import java.util.function.Consumer;

/** Runs all work at once on the caller's thread, and counts the store reads ({@code run}) it was given. */
public final class CountingBackground implements Background {
    private int runs;

    @Override
    public <T> void run(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        runs++;
        Background.inline().run(work, onDone, onFailure);
    }

    @Override
    public <T> Job<T> start(String title, BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        return Background.inline().start(title, work, onDone, onFailure);
    }

    /** How many reads were asked for so far. */
    public int runs() {
        return runs;
    }
}
