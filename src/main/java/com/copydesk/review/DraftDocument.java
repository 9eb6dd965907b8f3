package com.copydesk.review;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.ReviewJson;
import com.copydesk.model.HistoryEntry;
import com.copydesk.model.StoredDraft;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A draft as it stands after the editor's changes, in the interchange form, with a {@code review}
 * object: what {@code show --json} prints.
 */
public final class DraftDocument {
    private final DraftJson json;

    public DraftDocument(DraftJson json) {
        this.json = json;
    }

    /** @param history the draft's history, or null to leave it out */
    public String toJson(StoredDraft draft, List<HistoryEntry> history) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.factory().createGenerator(out)) {
            g.writeStartObject();
            json.writeFields(ReviewJson.withoutReviewField(draft.current()), g, true);
            g.writeObjectFieldStart(ReviewJson.KEY);
            ReviewJson.writeFields(g, draft, true);
            if (history != null) {
                g.writeArrayFieldStart("history");
                for (HistoryEntry h : history) {
                    g.writeStartObject();
                    g.writeStringField("at", h.at().toString());
                    g.writeStringField("action", h.action());
                    g.writeStringField("field", h.field());
                    g.writeStringField("old", h.oldValue());
                    g.writeStringField("new", h.newValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
