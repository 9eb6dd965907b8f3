package com.copydesk.store;

import java.nio.file.Path;

/**
 * The store file is damaged or cannot be read: the window offers to open a copy of the newest
 * sound backup or to recover what can be read into a new store, besides the message.
 */
public class DamagedStoreException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Path store;

    public DamagedStoreException(Path store, String message, Throwable cause) {
        super(message, cause);
        this.store = store;
    }

    /** The damaged file. */
    public Path store() {
        return store;
    }
}
