package com.copydesk.review;

import java.util.concurrent.ThreadFactory;

/** Threads for background work that never keep the program alive after its last window or command. */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
