package com.copydesk.importer;

import com.copydesk.model.Draft;
import com.copydesk.model.ImportError;

/** What a reader yields for one record: a draft, why the record was rejected, or why a file is no draft at all. */
public sealed interface ReadResult {

    /**
     * @param line              the 1-based line, or array index, where the record is
     * @param referenceFromPath whether the draft's reference is the file's path (the page had none of its own)
     */
    record Parsed(Draft draft, String file, int line, boolean referenceFromPath) implements ReadResult {
        public Parsed(Draft draft, String file, int line) {
            this(draft, file, line, false);
        }
    }

    record Rejected(ImportError error) implements ReadResult {
    }

    /**
     * A file in a folder that is not a page (draft-format.md section 2): passed over with the
     * reason, unless the import is strict.
     */
    record Skipped(String file, String reason) implements ReadResult {
    }

    static ReadResult rejected(String file, Integer line, String reference, String message) {
        return new Rejected(new ImportError(file, line, reference, message));
    }
}
