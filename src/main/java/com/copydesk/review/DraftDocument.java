package com.copydesk.review;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.ReviewJson;
import com.copydesk.model.Claim;
import com.copydesk.model.HistoryEntry;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.StoredDraft;
import com.copydesk.store.ReviewFields;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

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
        return toJson(draft, history, Optional.empty());
    }

    /** @param claim who holds the draft, written (null when nobody does) with the history */
    public String toJson(StoredDraft draft, List<HistoryEntry> history, Optional<Claim> claim) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.factory().createGenerator(out)) {
            ReviewJson.writeDocument(json, g, draft, true, review -> {
                if (history != null) {
                    review.writeArrayFieldStart("history");
                    for (HistoryEntry h : history) {
                        review.writeStartObject();
                        review.writeStringField("at", h.at().toString());
                        review.writeStringField("action", h.action());
                        review.writeStringField("field", h.field());
                        review.writeStringField("old", h.oldValue());
                        review.writeStringField("new", h.newValue());
                        review.writeStringField("editor", h.editor());
                        review.writeEndObject();
                    }
                    review.writeEndArray();
                    review.writeStringField("decided_by", decidedBy(draft, history));
                    if (claim.isPresent()) {
                        review.writeObjectFieldStart("claim");
                        review.writeStringField("editor", claim.get().editor());
                        review.writeStringField("until", claim.get().until().toString());
                        review.writeEndObject();
                    } else {
                        review.writeNullField("claim");
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The editor of the last decision (an entry of the status), or null while the draft is pending. */
    static String decidedBy(StoredDraft draft, List<HistoryEntry> history) {
        if (draft.status() == ReviewStatus.PENDING) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).field().equals(ReviewFields.STATUS)) {
                return history.get(i).editor();
            }
        }
        return null;
    }
}
