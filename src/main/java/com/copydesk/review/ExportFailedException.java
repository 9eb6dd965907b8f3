package com.copydesk.review;

/** An export that could not be done, with a message for people; the destination is as it was. */
public final class ExportFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
