package com.copydesk.review;

/**
 * How long work tells its progress and learns it should stop. The window adapts it to a JavaFX
 * task; the command line and tests use {@link #NONE} or their own.
 */
public interface TaskMonitor {
    TaskMonitor NONE = new TaskMonitor() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code total} may be 0 when unknown. */
    void progress(long done, long total, String message);

    boolean isCancelled();
}
