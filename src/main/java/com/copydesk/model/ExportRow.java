package com.copydesk.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A draft as an export reads it: its stored forms as they are (the interchange document without
 * the body, and the body), so that a format whose output is those forms can write them without
 * parsing the draft, and a stamp of what the draft's own exported bytes are made of, so that an
 * export can tell an unchanged draft without reading its text at all.
 *
 * @param document       the interchange JSON of the imported draft, without the body, as stored: its
 *                       UTF-8 bytes, as is {@code body}, so that a format that copies them writes the
 *                       store's bytes without decoding them into text and encoding them again
 * @param importedScores the scores the draft came with (each null when absent)
 * @param findings       the rules' findings, when the export asked for them; else empty (no
 *                       export writes the store's own times, so they are not read: parsing them
 *                       was a sixth of a JSON Lines export's work)
 * @param source         the draft's content hash and a digest of its review state: two rows with
 *                       the same source export to the same bytes (for one renderer, see
 *                       {@code DraftRenderer.version})
 */
public record ExportRow(long id, String reference, byte[] document, byte[] body, Scores importedScores,
                        ReviewState review, List<Finding> findings, String source) {

    /** The document as text. */
    public String documentText() {
        return new String(document, StandardCharsets.UTF_8);
    }

    /** The body as text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
