package com.copydesk.review;

import com.copydesk.interchange.DraftJson;
import com.copydesk.model.ChecklistItem;
import com.copydesk.model.Finding;
import com.copydesk.model.HistoryEntry;
import com.copydesk.model.ReviewState;
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
            json.writeFields(draft.current(), g, true);
            g.writeObjectFieldStart("review");
            writeReview(g, draft);
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

    /** The review fields without the history: status, findings, checklist, scores, note. */
    public static void writeReview(JsonGenerator g, StoredDraft draft) throws IOException {
        ReviewState review = draft.review();
        g.writeStringField("status", review.status().key());
        if (review.statusReason() != null) {
            g.writeStringField("reason", review.statusReason());
        }
        if (review.decidedAt() != null) {
            g.writeStringField("decided_at", review.decidedAt().toString());
        }
        if (review.note() != null) {
            g.writeStringField("note", review.note());
        }
        g.writeArrayFieldStart("flags");
        for (Finding f : draft.findings()) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("severity", f.severity().key());
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("checklist");
        for (ChecklistItem item : review.checklist()) {
            g.writeStartObject();
            g.writeStringField("item", item.text());
            g.writeBooleanField("done", item.done());
            g.writeEndObject();
        }
        g.writeEndArray();
        DraftJson.writeScores(g, "imported_score", draft.imported().scoreOrEmpty());
        DraftJson.writeScores(g, "editor_score", review.editorScores());
    }
}
