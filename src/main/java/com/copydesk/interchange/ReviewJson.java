package com.copydesk.interchange;

import com.copydesk.model.ChecklistItem;
import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.ReviewState;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.Scores;
import com.copydesk.model.StoredDraft;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Copydesk's {@code review} object: the editor's side of a draft, written after the draft's own
 * fields by {@code show --json} and by the JSON Lines export.
 *
 * <p>It belongs to Copydesk, not to the draft. Read back ({@link DraftMapper}), a top-level
 * {@code review} that is an object with one of Copydesk's statuses is recognised as this object
 * and not kept as a field of the draft: importing an export then gives the same draft, and
 * exporting it again does not nest the old review object inside the new one. A draft's own,
 * foreign {@code review} field (any other value) is kept as the format requires; since the key is
 * taken in what Copydesk writes, that value travels inside Copydesk's object as
 * {@value #DRAFT_FIELD} and is put back in its place on import.
 */
public final class ReviewJson {
    public static final String KEY = "review";
    static final String DRAFT_FIELD = "draft_field";

    private ReviewJson() {
    }

    /** Every key Copydesk's review object may have (an export's, or {@code show --json}'s with flags and history). */
    private static final java.util.Set<String> OWN_KEYS = java.util.Set.of("status", "reason", "decided_at", "note",
            "flags", "checklist", "imported_score", "editor_score", DRAFT_FIELD, "history");

    /**
     * Whether a top-level {@code review} value is Copydesk's review object rather than draft content:
     * a status Copydesk knows, the checklist or scores it always writes beside it, and no key it
     * never writes. A draft's own {@code review} (say {@code {"status": "pending", "by": "alice"}},
     * or a bare status) is content, kept and exported as it came.
     */
    public static boolean isCopydesks(Object value) {
        return value instanceof Map<?, ?> map && map.get("status") instanceof String status
                && ReviewStatus.fromKey(status).map(ReviewStatus::key).filter(status::equals).isPresent()
                && (map.get("checklist") instanceof java.util.List<?> || map.get("imported_score") instanceof Map<?, ?>
                        || map.get("editor_score") instanceof Map<?, ?>)
                && OWN_KEYS.containsAll(map.keySet());
    }

    /** More fields for the review object, e.g. the history {@code show --json} adds. */
    @FunctionalInterface
    public interface MoreFields {
        MoreFields NONE = g -> {
        };

        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Writes one JSON object: the draft as it stands after the editor's changes, then Copydesk's
     * review object, with {@code more} fields at its end. The draft's own {@code review} field,
     * if any, is carried inside the review object, so that the key is not given twice.
     */
    public static void writeDocument(DraftJson json, JsonGenerator g, StoredDraft draft, boolean withFindings,
                                     MoreFields more) throws IOException {
        Draft current = draft.current();
        g.writeStartObject();
        json.writeFields(current.extra().containsKey(KEY) ? current.toBuilder().withoutExtra(KEY).build() : current,
                g, true);
        g.writeObjectFieldStart(KEY);
        writeFields(g, draft, withFindings);
        more.write(g);
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The review fields: status, reason, decided_at, note, the findings when asked, checklist
     * ticks, imported and editor scores, and the draft's own foreign {@code review} field if any.
     */
    private static void writeFields(JsonGenerator g, StoredDraft draft, boolean withFindings) throws IOException {
        writeFields(g, draft.review(), withFindings ? draft.findings() : null, draft.imported().scoreOrEmpty());
        Map<String, Object> extra = draft.imported().extra();
        // A Copydesk review object kept as a field by an older Copydesk is stale state, not content.
        if (extra.containsKey(KEY) && !isCopydesks(extra.get(KEY))) {
            g.writeFieldName(DRAFT_FIELD);
            DraftJson.writePlain(g, extra.get(KEY));
        }
    }

    /**
     * The review object of a draft without a {@code review} field of its own, in the JSON Lines
     * export's form (no findings), from the stored review state and imported scores: what the
     * export writes when it copies a stored document as it is instead of parsing it.
     */
    public static void writeObject(JsonGenerator g, ReviewState review, Scores importedScores) throws IOException {
        g.writeStartObject();
        writeFields(g, review, null, importedScores);
        g.writeEndObject();
    }

    private static void writeFields(JsonGenerator g, ReviewState review, List<Finding> findings,
                                    Scores importedScores) throws IOException {
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
        if (findings != null) {
            g.writeArrayFieldStart("flags");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("severity", f.severity().key());
                g.writeStringField("message", f.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("checklist");
        for (ChecklistItem item : review.checklist()) {
            g.writeStartObject();
            g.writeStringField("item", item.text());
            g.writeBooleanField("done", item.done());
            g.writeEndObject();
        }
        g.writeEndArray();
        // the contract's shape, {quality, freshness, depth, clarity}, whatever the draft came with
        DraftJson.writeEveryScore(g, "imported_score", importedScores);
        DraftJson.writeScores(g, "editor_score", review.editorScores());
    }
}
