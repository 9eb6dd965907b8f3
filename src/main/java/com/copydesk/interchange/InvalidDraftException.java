package com.copydesk.interchange;

/**
 * A draft that breaks the format. The message names the field (as a path such as
 * {@code score.quality}) and the problem; the reference is given when it could be read.
 */
public class InvalidDraftException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String reference;

    public InvalidDraftException(String field, String problem) {
        this(field, problem, null);
    }

    public InvalidDraftException(String field, String problem, String reference) {
        super(field == null || field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
        this.reference = reference;
    }

    public String field() {
        return field;
    }

    public String reference() {
        return reference;
    }

    public InvalidDraftException withReference(String ref) {
        if (ref == null || reference != null) {
            return this;
        }
        InvalidDraftException copy = new InvalidDraftException(field, problemText(), ref);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    private String problemText() {
        String message = getMessage();
        return field == null || field.isEmpty() ? message : message.substring(field.length() + 2);
    }
}
