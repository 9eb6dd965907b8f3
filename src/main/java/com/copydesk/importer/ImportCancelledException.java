package com.copydesk.importer;

/** Thrown through a reader to stop it when the editor cancels an import. */
public class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("the import was cancelled");
    }
}
