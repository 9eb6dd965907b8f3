package com.copydesk.ui.common;

import com.copydesk.review.DaemonThreads;
import com.copydesk.review.TaskMonitor;
import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The window's {@link Background}: one ordered thread for quick work, one thread per long job. */
public final class FxBackground implements Background, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxBackground.class.getName());
    /** Progress reaches the FX thread at most this often, however often the work reports it. */
    private static final long PROGRESS_INTERVAL_NANOS = 50_000_000L;

    private final ExecutorService quick = Executors.newSingleThreadExecutor(DaemonThreads.named("copydesk-store"));
    private final ExecutorService jobs = Executors.newCachedThreadPool(DaemonThreads.named("copydesk-job"));
    private final ExecutorService aside = Executors.newSingleThreadExecutor(DaemonThreads.named("copydesk-counts"));

    private record Progress(double fraction, String message) {
    }


    @Override
    public <T> void run(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        runOn(quick, work, onDone, onFailure);
    }

    @Override
    public <T> void runAside(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        runOn(aside, work, onDone, onFailure);
    }

    private <T> void runOn(ExecutorService executor, BackgroundWork<T> work, Consumer<T> onDone,
                           Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // the window has closed: what a late callback asks for (a reload of the queue) has no one to show it to
            LOG.fine("background closed; work not started");
            return;
        }
        executor.execute(() -> {
            try {
                T result = work.run(TaskMonitor.NONE);
                Platform.runLater(() -> onDone.accept(result));
            } catch (Throwable e) {
                LOG.log(Level.WARNING, "background work failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public <T> Job<T> start(String title, BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        Job<T> job = new Job<>(title);
        jobs.execute(() -> {
            AtomicBoolean updatePending = new AtomicBoolean();
            AtomicReference<Progress> latest = new AtomicReference<>();
            long[] lastUpdate = {0};
            TaskMonitor monitor = new TaskMonitor() {
                @Override
                public void progress(long done, long total, String message) {
                    long now = System.nanoTime();
                    boolean last = total > 0 && done >= total;
                    if (!last && now - lastUpdate[0] < PROGRESS_INTERVAL_NANOS) {
                        return;
                    }
                    lastUpdate[0] = now;
                    latest.set(new Progress(total > 0 ? Math.min(1.0, (double) done / total) : -1, message));
                    // One update in flight at a time; it shows the newest figures when it runs.
                    if (updatePending.compareAndSet(false, true)) {
                        Platform.runLater(() -> {
                            updatePending.set(false);
                            Progress newest = latest.get();
                            job.update(newest.fraction(), newest.message());
                        });
                    }
                }

                @Override
                public boolean isCancelled() {
                    return job.isCancelled();
                }
            };
            try {
                T result = work.run(monitor);
                Platform.runLater(() -> {
                    job.finished();
                    onDone.accept(result);
                });
            } catch (Throwable e) {
                LOG.log(Level.WARNING, "job '" + title + "' failed", e);
                Platform.runLater(() -> {
                    job.finished();
                    onFailure.accept(e);
                });
            }
        });
        return job;
    }

    @Override
    public void close() {
        quick.shutdown();
        aside.shutdown();
        jobs.shutdownNow();
        try {
            quick.awaitTermination(5, TimeUnit.SECONDS);
            aside.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
