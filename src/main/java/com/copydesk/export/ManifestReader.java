package com.copydesk.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a manifest entry by entry (see {@link ManifestWriter}). A manifest that is not one, is out
 * of order or was made by a newer Copydesk stops the export with {@link ExportException} before
 * anything is put in place, leaving the destination as it was.
 */
final class ManifestReader implements AutoCloseable {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Path path;
    private final JsonParser parser;
    private String lastReference;

    private ManifestReader(Path path, JsonParser parser) {
        this.path = path;
        this.parser = parser;
    }

    /** The manifest at {@code path}; one without entries when there is none yet. */
    static ManifestReader open(Path path) throws IOException {
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
        } catch (NoSuchFileException e) {
            return new ManifestReader(path, null);
        }
        ManifestReader reader = new ManifestReader(path, FACTORY.createParser(in));
        try {
            reader.readHeader();
        } catch (JsonProcessingException e) {
            reader.close();
            throw reader.damaged("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    private void readHeader() throws IOException {
        expect(parser.nextToken() == JsonToken.START_OBJECT, "it is not a JSON object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "copydesk_export" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() > ManifestWriter.VERSION) {
                        throw new ExportException("The export at " + path.getParent() + " was made by a newer Copydesk"
                                + " (manifest " + path.getFileName() + "). Export with that Copydesk, or to another place.");
                    }
                }
                case "drafts" -> {
                    expect(value == JsonToken.START_ARRAY, "drafts is not a list");
                    return;
                }
                default -> parser.skipChildren();
            }
        }
        throw damaged("it has no list of drafts");
    }

    /** The next entry, or null after the last. */
    ManifestEntry next() throws IOException {
        if (parser == null) {
            return null;
        }
        try {
            return readEntry();
        } catch (JsonProcessingException e) {
            throw damaged("not valid JSON: " + e.getOriginalMessage());
        }
    }

    private ManifestEntry readEntry() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return null;
        }
        expect(token == JsonToken.START_OBJECT, "an entry is not an object");
        String reference = null;
        String sha256 = null;
        long bytes = -1;
        String exportedAt = null;
        String file = null;
        boolean stale = false;
        String source = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "reference" -> reference = text(value);
                case "sha256" -> sha256 = text(value);
                case "bytes" -> {
                    expect(value == JsonToken.VALUE_NUMBER_INT, "bytes is not a number");
                    bytes = parser.getLongValue();
                }
                case "exported_at" -> exportedAt = text(value);
                case "file" -> file = text(value);
                case "stale" -> stale = value == JsonToken.VALUE_TRUE;
                case "source" -> source = text(value);
                default -> parser.skipChildren();
            }
        }
        expect(reference != null && sha256 != null && bytes >= 0 && exportedAt != null,
                "an entry lacks reference, sha256, bytes or exported_at");
        expect(lastReference == null || ReferenceOrder.compare(lastReference, reference) < 0,
                "the drafts are not in reference order");
        lastReference = reference;
        return new ManifestEntry(reference, sha256, bytes, exportedAt, file, stale, source);
    }

    private String text(JsonToken value) throws IOException {
        expect(value == JsonToken.VALUE_STRING, "a value that should be text is not");
        return parser.getText();
    }

    private void expect(boolean condition, String problem) {
        if (!condition) {
            throw damaged(problem);
        }
    }

    private ExportException damaged(String problem) {
        return new ExportException("The export manifest " + path + " is damaged (" + problem + "). Delete it to"
                + " export everything again; files it listed are then left as they are.");
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
