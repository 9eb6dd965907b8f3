package com.copydesk.ui.common;

import com.copydesk.review.TaskMonitor;

/** Work that must not run on the FX thread: it reads or writes the store, or files. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(TaskMonitor monitor) throws Exception;
}
