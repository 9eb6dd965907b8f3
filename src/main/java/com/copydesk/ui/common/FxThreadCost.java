package com.copydesk.ui.common;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The FX thread's CPU time and the classes loaded so far: start-up and key-to-draft figures that
 * hold on a shared machine, where wall-clock times follow the load of the others (issue 18).
 * Read on the thread measured; the management beans load once, when first asked.
 */
public final class FxThreadCost {
    private FxThreadCost() {
    }

    /** The calling thread's CPU time in milliseconds, or -1 where the JVM does not measure it. */
    public static long cpuMillis() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() / 1_000_000 : -1;
    }

    /** How many classes the JVM has loaded since it started. */
    public static long classesLoaded() {
        return ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    }
}
