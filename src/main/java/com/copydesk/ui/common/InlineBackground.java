package com.copydesk.ui.common;

import com.copydesk.review.TaskMonitor;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for view-model tests, where order must be certain. */
final class InlineBackground implements Background {
    @Override
    public <T> void run(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        BackgroundWork.runNow(work, onDone, onFailure);
    }

    @Override
    public <T> Job<T> start(String title, BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        Job<T> job = new Job<>(title);
        T result;
        try {
            result = work.run(new TaskMonitor() {
                @Override
                public void progress(long done, long total, String message) {
                    job.update(total > 0 ? (double) done / total : -1, message);
                }

                @Override
                public boolean isCancelled() {
                    return job.isCancelled();
                }
            });
        } catch (Exception e) {
            job.finished();
            onFailure.accept(e);
            return job;
        }
        job.finished();
        onDone.accept(result);
        return job;
    }
}
