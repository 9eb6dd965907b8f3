package com.copydesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;

/** A list of strings as one JSON array, for SQLite's {@code json_each}. */
final class JsonArray {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonArray() {
    }

    static String of(Collection<String> values) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (String value : values) {
                g.writeString(value);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
