package com.copydesk.store;

/** The store cannot be used; the message says why and what to do. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
