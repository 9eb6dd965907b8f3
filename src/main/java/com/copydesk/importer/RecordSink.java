package com.copydesk.importer;

/**
 * Takes the records a reader yields, one at a time, so that nothing waits in memory. The sink
 * may throw {@link ImportCancelledException} to stop the reader.
 */
@FunctionalInterface
public interface RecordSink {
    void accept(ReadResult result);
}
