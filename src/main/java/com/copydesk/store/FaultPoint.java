package com.copydesk.store;

/**
 * Named points where the fault tests stop the process dead, as a power cut or {@code kill -9}
 * would: a child JVM started with {@code -Dcopydesk.test.haltAt=NAME} halts when it reaches the
 * point NAME. Without that property (every real run) {@link #reach} compares one string and
 * returns.
 */
public final class FaultPoint {
    private static final String HALT_AT = System.getProperty("copydesk.test.haltAt");

    private FaultPoint() {
    }

    public static void reach(String name) {
        if (HALT_AT != null && HALT_AT.equals(name)) {
            Runtime.getRuntime().halt(86);
        }
    }
}
