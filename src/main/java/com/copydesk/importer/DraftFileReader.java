package com.copydesk.importer;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads one {@link SourceFile} with the reader for its format, unpacking gzip on the way. */
public final class DraftFileReader {
    private final Map<DraftFormat, DraftReader> readers = new EnumMap<>(DraftFormat.class);
    private final MarkdownDraftReader markdown;

    public DraftFileReader(DraftJson json, DraftLimits limits) {
        markdown = new MarkdownDraftReader(json, limits);
        readers.put(DraftFormat.JSON, new JsonDraftReader(json));
        readers.put(DraftFormat.JSON_LINES, new JsonLinesDraftReader(json, limits));
        readers.put(DraftFormat.MARKDOWN, markdown);
        readers.put(DraftFormat.POST_PAGE, new PostPageDraftReader(json, limits));
    }

    public DraftFileReader() {
        this(new DraftJson(), DraftLimits.DEFAULT);
    }

    /**
     * The files, each one below a Hugo section that cascades "not rendered" marked so
     * ({@link SiteSections}): the sections' {@code _index.md} files are read first for this.
     */
    public List<SourceFile> withSiteSections(List<SourceFile> files) {
        return SiteSections.mark(files, index -> {
            try (InputStream raw = Files.newInputStream(index.path());
                 InputStream in = index.gzip() ? new GZIPInputStream(raw, 64 * 1024) : new BufferedInputStream(raw)) {
                return markdown.cascadesHeadless(in);
            } catch (IOException e) {
                return false; // the file is reported when it is read
            }
        });
    }

    /**
     * Reads the file; {@code bytesRead} hears how many bytes of the file (as stored, compressed
     * or not) have been read so far, for progress. A file that cannot be opened or unpacked is
     * reported to the sink as one rejected record without a line.
     */
    public void read(SourceFile file, RecordSink sink, LongConsumer bytesRead) {
        try (InputStream raw = new CountingInputStream(Files.newInputStream(file.path()), bytesRead);
             InputStream in = file.gzip() ? new GZIPInputStream(raw, 64 * 1024) : new BufferedInputStream(raw, 64 * 1024)) {
            readers.get(file.format()).read(in, file, sink);
        } catch (ZipException e) {
            sink.accept(ReadResult.rejected(file.name(), null, null, "not a valid gzip file: " + e.getMessage()));
        } catch (java.io.EOFException e) {
            sink.accept(ReadResult.rejected(file.name(), null, null,
                    "the file ends unexpectedly (truncated gzip?); what was read before is kept"));
        } catch (IOException e) {
            sink.accept(ReadResult.rejected(file.name(), null, null, "could not be read: " + e.getMessage()));
        }
    }

    private static final class CountingInputStream extends FilterInputStream {
        private final LongConsumer listener;
        private long count;

        CountingInputStream(InputStream in, LongConsumer listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                listener.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count += n;
                listener.accept(count);
            }
            return n;
        }
    }
}
