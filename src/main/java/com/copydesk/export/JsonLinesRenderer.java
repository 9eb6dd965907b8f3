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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    private static final byte[] BODY_KEY = ascii(",\"body\":");
    private static final byte[] REVIEW_KEY = ascii(",\"" + ReviewJson.KEY + "\":");
    private static final byte[] END = ascii("}\n");
    private Line buffer;
    private JsonGenerator stored;
    private Line checklist;
    private JsonGenerator checklistWriter;

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
        byte[] doc = row.document();
        StoredDocument shape = StoredDocument.scan(doc);
        if (shape == null || shape.hasReview() || !row.review().editorScores().isEmpty()
                || !sameChecklist(doc, shape, row.review().checklist())) {
            return null;
        }
        // one buffer and one generator for every line: making them anew for each draft was a tenth of the work
        if (stored == null) {
            buffer = new Line(64 * 1024);
            stored = json.factory().createGenerator(buffer);
            stored.setRootValueSeparator(null);
        }
        // the stored bytes and the escaped body go into the buffer directly, only the review object
        // through the generator: no text is decoded or encoded again
        Line line = buffer;
        line.reset();
        line.write(doc, 0, shape.titleEnd());
        line.write(BODY_KEY);
        line.writeEscaped(row.body());
        line.write(doc, shape.titleEnd(), doc.length - 1 - shape.titleEnd());
        line.write(REVIEW_KEY);
        ReviewJson.writeObject(stored, row.review(), row.importedScores());
        stored.flush();
        line.write(END);
        return line.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
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
    private boolean sameChecklist(byte[] doc, StoredDocument shape, List<ChecklistItem> editors) throws IOException {
        if (shape.checklistStart() < 0) {
            return editors.isEmpty();
        }
        // The stored checklist is in the canonical form, so the editor's items written the same way
        // are the same bytes when they have the same texts: no parser for each draft. Any other
        // difference (a checklist stored in another form) is settled by reading it.
        if (checklist == null) {
            checklist = new Line(1024);
            checklistWriter = json.factory().createGenerator(checklist);
            checklistWriter.setRootValueSeparator(null);
        }
        checklist.reset();
        checklistWriter.writeStartArray();
        for (ChecklistItem item : editors) {
            checklistWriter.writeString(item.text());
        }
        checklistWriter.writeEndArray();
        checklistWriter.flush();
        if (checklist.sameAs(doc, shape.checklistStart(), shape.checklistEnd())) {
            return true;
        }
        List<String> own = new ArrayList<>();
        try (JsonParser p = json.factory().createParser(doc, shape.checklistStart(),
                shape.checklistEnd() - shape.checklistStart())) {
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

    /** A line being made: a byte buffer that also writes a JSON string from UTF-8 bytes. */
    static final class Line extends ByteArrayOutputStream {
        private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

        Line(int size) {
            super(size);
        }

        /**
         * Writes well-formed UTF-8 text as a JSON string, escaped as Jackson's generator escapes it
         * (quote and backslash; backspace, tab, line feed, form feed and carriage return by their
         * letters; every other control character, and each half of the UTF-16 surrogate pair of a
         * character beyond the BMP, as a backslash, u and four hex digits in capitals; everything
         * else as it is), so that the line has the bytes the generator would give.
         */
        void writeEscaped(byte[] text) {
            ensure(text.length + 2);
            buf[count++] = '"';
            int from = 0;
            for (int i = 0; i < text.length; i++) {
                int b = text[i];
                if (b >= 0x20 && b != '"' && b != '\\' || b < 0 && (b & 0xF8) != 0xF0) {
                    continue;
                }
                write(text, from, i - from);
                if (b < 0) {
                    // beyond the BMP: the generator writes the UTF-16 surrogate pair, each escaped
                    int code = (b & 0x07) << 18 | (text[i + 1] & 0x3F) << 12 | (text[i + 2] & 0x3F) << 6
                            | text[i + 3] & 0x3F;
                    unicodeEscape(Character.highSurrogate(code));
                    unicodeEscape(Character.lowSurrogate(code));
                    i += 3;
                    from = i + 1;
                    continue;
                }
                from = i + 1;
                ensure(6);
                buf[count++] = '\\';
                switch (b) {
                    case '"', '\\' -> buf[count++] = (byte) b;
                    case '\b' -> buf[count++] = 'b';
                    case '\t' -> buf[count++] = 't';
                    case '\n' -> buf[count++] = 'n';
                    case '\f' -> buf[count++] = 'f';
                    case '\r' -> buf[count++] = 'r';
                    default -> {
                        buf[count++] = 'u';
                        buf[count++] = '0';
                        buf[count++] = '0';
                        buf[count++] = HEX[b >> 4];
                        buf[count++] = HEX[b & 0xF];
                    }
                }
            }
            write(text, from, text.length - from);
            ensure(1);
            buf[count++] = '"';
        }

        private void unicodeEscape(char c) {
            ensure(6);
            buf[count++] = '\\';
            buf[count++] = 'u';
            buf[count++] = HEX[c >> 12 & 0xF];
            buf[count++] = HEX[c >> 8 & 0xF];
            buf[count++] = HEX[c >> 4 & 0xF];
            buf[count++] = HEX[c & 0xF];
        }

        boolean sameAs(byte[] other, int from, int to) {
            return Arrays.equals(buf, 0, count, other, from, to);
        }

        private void ensure(int more) {
            if (count + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
            }
        }
    }
}
