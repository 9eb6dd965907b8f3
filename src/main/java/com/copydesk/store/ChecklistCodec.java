package com.copydesk.store;

import com.copydesk.model.ChecklistItem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The checklist column: {@code [{"item": "...", "done": true}, ...]}. */
final class ChecklistCodec {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ChecklistCodec() {
    }

    static String write(List<ChecklistItem> items) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (ChecklistItem item : items) {
                g.writeStartObject();
                g.writeStringField("item", item.text());
                g.writeBooleanField("done", item.done());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<ChecklistItem> read(String json) {
        List<ChecklistItem> items = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return items;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String text = null;
                boolean done = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("item")) {
                        text = p.getText();
                    } else if (name.equals("done")) {
                        done = p.getBooleanValue();
                    } else {
                        p.skipChildren();
                    }
                }
                items.add(new ChecklistItem(text, done));
            }
        } catch (IOException e) {
            throw new StoreException("The checklist column of the store is damaged: " + e.getMessage(), e);
        }
        return items;
    }
}
