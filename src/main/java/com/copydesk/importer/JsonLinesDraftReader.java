package com.copydesk.importer;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;
import com.copydesk.interchange.InvalidDraftException;
import com.copydesk.interchange.ParseProblems;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.io.InputStream;

/** JSON Lines and NDJSON: one draft per line; blank lines are skipped. */
public final class JsonLinesDraftReader implements DraftReader {
    private final DraftJson json;
    private final DraftLimits limits;

    public JsonLinesDraftReader(DraftJson json, DraftLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    @Override
    public void read(InputStream in, String file, RecordSink sink) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, limits.maxRecordBytes());
        while (lines.next()) {
            int number = lines.lineNumber();
            if (lines.tooLong()) {
                sink.accept(ReadResult.rejected(file, number, null,
                        "the line is longer than " + limits.maxRecordBytes() / DraftLimits.MB + " MB"));
                continue;
            }
            if (lines.isBlank()) {
                continue;
            }
            sink.accept(parseLine(lines.bytes(), lines.length(), file, number));
        }
    }

    private ReadResult parseLine(byte[] bytes, int length, String file, int number) {
        try (JsonParser parser = json.factory().createParser(bytes, 0, length)) {
            try {
                Object tree = json.treeReader().read(parser);
                if (parser.nextToken() != null) {
                    return ReadResult.rejected(file, number, null, "more than one JSON value on the line");
                }
                return new ReadResult.Parsed(json.mapper().fromTree(tree), file, number);
            } catch (InvalidDraftException e) {
                return ReadResult.rejected(file, number, e.reference(), e.getMessage());
            } catch (IOException e) {
                return ReadResult.rejected(file, number, null,
                        "not valid JSON: " + ParseProblems.onOneLine(ParseProblems.describe(e, parser, 0)));
            }
        } catch (IOException e) {
            return ReadResult.rejected(file, number, null, "not valid JSON: " + ParseProblems.describe(e));
        }
    }
}
