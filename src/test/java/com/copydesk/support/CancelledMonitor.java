package com.copydesk.support;

import com.copydesk.review.TaskMonitor;

/** A task the editor cancelled before it began: every check of {@link #isCancelled} says so. */
public final class CancelledMonitor implements TaskMonitor {
    @Override
    public void progress(long done, long total, String message) {
    }

    @Override
    public boolean isCancelled() {
        return true;
    }
}
