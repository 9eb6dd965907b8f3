package com.copydesk.export;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.ReviewJson;
import com.copydesk.model.StoredDraft;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * One line of JSON per draft: the interchange form as the editor left it (their scores and
 * checklist), unknown fields kept, then Copydesk's {@code review} object without the findings,
 * which belong to the rules of the moment rather than to what was approved.
 */
final class JsonLinesRenderer implements DraftRenderer {
    private final DraftJson json;

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
}
