package com.copydesk.importer;

/** Thrown through a reader to stop it when the editor cancels an import. */
public class ImportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public ImportCancelledException() {
        super("the import was cancelled");
    }
}
