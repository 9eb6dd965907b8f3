package com.copydesk.export;

import com.copydesk.model.ExportSummary;
import com.copydesk.model.StoredDraft;

import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * One export to one destination, fed drafts in reference order. Nothing is in place until
 * {@link #finish}; closing a session that was not finished leaves the destination as it was.
 */
public interface ExportSession extends AutoCloseable {

    void write(StoredDraft draft) throws IOException;

    /**
     * Puts every written file in place, removes those of drafts no longer in scope (or keeps and
     * lists them), and writes the manifest last.
     *
     * @param placed hears how many files have been moved into place so far
     */
    ExportSummary finish(LongConsumer placed) throws IOException;

    @Override
    void close() throws IOException;
}
