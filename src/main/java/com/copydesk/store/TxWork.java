package com.copydesk.store;

/** Work a layer above the store does in one transaction ({@link Store#transaction}) or read ({@link Store#reading}). */
@FunctionalInterface
public interface TxWork<T> {
    T run(Tx tx);
}
