package com.copydesk.export;

/** An export that cannot go on, with a message for people saying why and what to do. */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
