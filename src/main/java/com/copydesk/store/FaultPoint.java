package com.copydesk.store;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points where the fault tests stop the process dead, as a power cut or {@code kill -9}
 * would: a child JVM started with {@code -Dcopydesk.test.haltAt=NAME} halts when it reaches the
 * point NAME, with {@code NAME#N} the N-th time it does. Without that property (every real run)
 * {@link #reach} compares one reference with null and returns.
 */
public final class FaultPoint {
    private static final String PROPERTY = System.getProperty("copydesk.test.haltAt");
    private static final String HALT_AT = PROPERTY == null ? null : PROPERTY.replaceFirst("#\\d+$", "");
    private static final int HALT_ON = PROPERTY == null || !PROPERTY.matches(".*#\\d+") ? 1
            : Integer.parseInt(PROPERTY.substring(PROPERTY.lastIndexOf('#') + 1));
    private static final AtomicInteger REACHED = new AtomicInteger();

    private FaultPoint() {
    }

    public static void reach(String name) {
        if (HALT_AT != null && HALT_AT.equals(name) && REACHED.incrementAndGet() == HALT_ON) {
            Runtime.getRuntime().halt(86);
        }
    }
}
