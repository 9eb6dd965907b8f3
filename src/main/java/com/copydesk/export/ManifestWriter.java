package com.copydesk.export;

import com.copydesk.model.ExportFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a manifest entry by entry, in the order the drafts are exported (reference order), so
 * that a million drafts need no more memory than one. One entry per line, for people and diffs:
 *
 * <pre>
 * {"copydesk_export":1,"format":"markdown","drafts":[
 * {"reference":"r1","sha256":"…","bytes":3412,"exported_at":"2026-11-25T10:00:00Z","file":"title-1a2b3c4d.md","source":"…"},
 * …
 * ]}
 * </pre>
 *
 * The manifest holds no time of its own: an export that changed nothing writes the same bytes,
 * and is then not written at all.
 */
final class ManifestWriter implements AutoCloseable {
    static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator g;

    ManifestWriter(OutputStream out, ExportFormat format) throws IOException {
        g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeNumberField("copydesk_export", VERSION);
        g.writeStringField("format", format.key());
        g.writeArrayFieldStart("drafts");
    }

    void write(ManifestEntry entry) throws IOException {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("reference", entry.reference());
        g.writeStringField("sha256", entry.sha256());
        g.writeNumberField("bytes", entry.bytes());
        g.writeStringField("exported_at", entry.exportedAt());
        if (entry.file() != null) {
            g.writeStringField("file", entry.file());
        }
        if (entry.stale()) {
            g.writeBooleanField("stale", true);
        }
        if (entry.source() != null) {
            g.writeStringField("source", entry.source());
        }
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        g.writeRaw('\n');
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }
}
