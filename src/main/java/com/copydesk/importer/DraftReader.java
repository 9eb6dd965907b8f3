package com.copydesk.importer;

import java.io.IOException;
import java.io.InputStream;

/** Reads drafts of one format from a stream, record by record. */
public interface DraftReader {
    /**
     * Reads every record of {@code in}, handing each to {@code sink}. A bad record is handed on
     * as {@link ReadResult.Rejected} and reading goes on; only a failure of the stream itself,
     * or damage that leaves the rest of it unreadable, ends the reading early (reported to the
     * sink too, never thrown, except plain I/O errors).
     *
     * @param file how the file is named in messages
     */
    void read(InputStream in, String file, RecordSink sink) throws IOException;

    /**
     * As {@link #read(InputStream, String, RecordSink)}, knowing where the file is: a reader for
     * which that matters (a site's page takes its reference from its path) overrides this.
     */
    default void read(InputStream in, SourceFile file, RecordSink sink) throws IOException {
        read(in, file.name(), sink);
    }
}
