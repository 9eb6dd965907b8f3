package com.copydesk.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes one JSON document per line to the command's output. */
final class JsonOut {
    /** Streaming only: Jackson's object mapper is hundreds of classes a command need not load. */
    private static final JsonFactory PLAIN = new JsonFactory();

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonOut() {
    }

    static void line(PrintWriter out, Body body) {
        line(PLAIN, out, body);
    }

    /** A line whose body writes plain maps and lists as they are ({@code writeObjectField}). */
    static void lineWithValues(PrintWriter out, Body body) {
        line(WithCodec.FACTORY, out, body);
    }

    /** A factory with a codec, loaded only by the command that needs one. */
    private static final class WithCodec {
        static final JsonFactory FACTORY = new ObjectMapper().getFactory();
    }

    private static void line(JsonFactory factory, PrintWriter out, Body body) {
        try {
            JsonGenerator g = factory.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(g);
            g.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
