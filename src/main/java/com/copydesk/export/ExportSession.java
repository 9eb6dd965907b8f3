package com.copydesk.export;

import com.copydesk.model.ExportRow;
import com.copydesk.model.ExportSummary;
import com.copydesk.model.StoredDraft;

import java.io.IOException;
import java.util.function.BiPredicate;
import java.util.function.LongConsumer;

/**
 * One export to one destination, fed drafts in reference order. Nothing is in place until
 * {@link #finish}; closing a session that was not finished leaves the destination as it was.
 */
public interface ExportSession extends AutoCloseable {

    void write(StoredDraft draft) throws IOException;

    /** The draft from its stored forms: written as they are where the format allows, parsed otherwise. */
    void write(ExportRow row) throws IOException;

    /**
     * Before writing anything, for an incremental export: whether the drafts in scope, given by
     * {@code stamps} as reference and {@link ExportRow#source} in reference order, are exactly the
     * drafts of the last export to this destination, each from the same source by the same
     * renderer, and the destination still holds what that export wrote. Then the export would
     * write the same bytes again: {@link #finish} reports every draft unchanged and touches
     * nothing, and no draft is to be written. False for a full export and for a format whose bytes
     * a stamp does not tell (the CSV report, which shows the rules' findings).
     */
    boolean unchanged(Stamps stamps) throws IOException;

    /**
     * Before anything else, for an incremental export: whether the store's file is as it was when
     * the last export here read it ({@code Store.fileState}, the same scope, renderer and version),
     * and the destination still holds what that export wrote. Then no draft can have changed and
     * the export is done without reading a draft or the manifest: {@link #finish} reports every
     * draft unchanged and touches nothing. Only a one-file export keeps the store's state; a
     * folder's pages are each checked against the manifest ({@link #unchanged}).
     */
    default boolean unchangedStore(String storeState) throws IOException {
        return false;
    }

    /** The store's file as this export's read saw it, kept beside the destination by {@link #finish}. */
    default void readFrom(String storeState) {
    }

    /** Hands each draft's reference and source to a check, in reference order, until it returns false. */
    @FunctionalInterface
    interface Stamps {
        void forEach(BiPredicate<String, String> check) throws IOException;
    }

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
