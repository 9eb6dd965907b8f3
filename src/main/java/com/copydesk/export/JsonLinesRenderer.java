package com.copydesk.export;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.ReviewJson;
import com.copydesk.model.ChecklistItem;
import com.copydesk.model.ExportRow;
import com.copydesk.model.StoredDraft;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of JSON per draft: the interchange form as the editor left it (their scores and
 * checklist), unknown fields kept, then Copydesk's {@code review} object without the findings,
 * which belong to the rules of the moment rather than to what was approved.
 *
 * <p>A draft the editor left as it came (no scores of theirs, the checklist it came with, no
 * {@code review} field of its own) is written from its stored document as it is, with the body
 * put in after the title: the stored document already is the canonical form, so parsing it into
 * a draft and writing it again only gave the same bytes back, at most of the export's cost.
 */
final class JsonLinesRenderer implements DraftRenderer {
    /** Bump when the bytes written for a draft change (also without a new Copydesk version). */
    private static final String FORMAT = "jsonl/1";
    private final DraftJson json;
    private ByteArrayOutputStream buffer;
    private JsonGenerator stored;

    JsonLinesRenderer(DraftJson json) {
        this.json = json;
    }

    @Override
    public byte[] render(StoredDraft draft) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048 + 2 * draft.imported().body().length());
        try (JsonGenerator g = json.factory().createGenerator(out)) {
            ReviewJson.writeDocument(json, g, draft, false, ReviewJson.MoreFields.NONE);
        }
        out.write('\n');
        return out.toByteArray();
    }

    @Override
    public byte[] renderStored(ExportRow row) throws IOException {
        String doc = row.document();
        StoredDocument shape = StoredDocument.scan(doc);
        if (shape == null || shape.hasReview() || !row.review().editorScores().isEmpty()
                || !sameChecklist(doc, shape, row.review().checklist())) {
            return null;
        }
        // one buffer and one generator for every line: making them anew for each draft was a tenth of the work
        if (stored == null) {
            buffer = new ByteArrayOutputStream(64 * 1024);
            stored = json.factory().createGenerator(buffer);
            stored.setRootValueSeparator(null);
        }
        buffer.reset();
        JsonGenerator g = stored;
        g.writeRaw(doc, 0, shape.titleEnd());
        g.writeRaw(",\"body\":");
        g.writeString(row.body());
        g.writeRaw(doc, shape.titleEnd(), doc.length() - 1 - shape.titleEnd());
        g.writeRaw(",\"" + ReviewJson.KEY + "\":");
        ReviewJson.writeObject(g, row.review(), row.importedScores());
        g.writeRaw("}\n");
        g.flush();
        return buffer.toByteArray();
    }

    @Override
    public String version() {
        String release = JsonLinesRenderer.class.getPackage().getImplementationVersion();
        return FORMAT + " " + (release == null ? "dev" : release);
    }

    /**
     * Whether the editor's checklist has the texts of the draft's own (ticks aside): then the draft
     * as the editor left it has the stored checklist, or none when neither has one.
     */
    private boolean sameChecklist(String doc, StoredDocument shape, List<ChecklistItem> editors) throws IOException {
        if (shape.checklistStart() < 0) {
            return editors.isEmpty();
        }
        List<String> own = new ArrayList<>();
        try (JsonParser p = json.factory().createParser(doc.substring(shape.checklistStart(), shape.checklistEnd()))) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return false;
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_STRING) {
                    return false;
                }
                own.add(p.getText());
            }
        }
        if (own.size() != editors.size()) {
            return false;
        }
        for (int i = 0; i < own.size(); i++) {
            if (!own.get(i).equals(editors.get(i).text())) {
                return false;
            }
        }
        return true;
    }
}
