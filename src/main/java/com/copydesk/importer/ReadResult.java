package com.copydesk.importer;

import com.copydesk.model.Draft;
import com.copydesk.model.ImportError;

/** What a reader yields for one record: a draft, or why the record was rejected. */
public sealed interface ReadResult {

    /** @param line the 1-based line, or array index, where the record is */
    record Parsed(Draft draft, String file, int line) implements ReadResult {
    }

    record Rejected(ImportError error) implements ReadResult {
    }

    static ReadResult rejected(String file, Integer line, String reference, String message) {
        return new Rejected(new ImportError(file, line, reference, message));
    }
}
