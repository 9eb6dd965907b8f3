package com.copydesk.importer;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.InvalidDraftException;
import com.copydesk.interchange.ParseProblems;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;

/**
 * A {@code .json} file: one draft object, or an array of drafts read element by element. In an
 * array the record's position is its 1-based index. A broken element is rejected and the next one
 * is read; only broken JSON syntax, which leaves no way to find the next element, ends the file.
 */
public final class JsonDraftReader implements DraftReader {
    private final DraftJson json;

    public JsonDraftReader(DraftJson json) {
        this.json = json;
    }

    @Override
    public void read(InputStream in, String file, RecordSink sink) throws IOException {
        int index = 1;
        try (JsonParser parser = json.factory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                sink.accept(ReadResult.rejected(file, null, null, "the file is empty"));
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                sink.accept(readOne(parser, file, 1, 0));
                if (parser.nextToken() != null) {
                    sink.accept(ReadResult.rejected(file, null, null,
                            "text after the draft object; a file of many drafts needs a JSON array or JSON Lines"));
                }
                return;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    sink.accept(ReadResult.rejected(file, index, null, "the file ends inside the array"));
                    return;
                }
                sink.accept(readOne(parser, file, index, 1));
                index++;
            }
        } catch (JsonSyntaxFailure failure) {
            sink.accept(ReadResult.rejected(file, failure.index, null, failure.getMessage()));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            sink.accept(ReadResult.rejected(file, index, null,
                    "not valid JSON: " + ParseProblems.describe(e) + "; the rest of the file was not read"));
        }
    }

    /** @param draftDepth 0 for the file's one draft, 1 for an element of its array */
    private ReadResult readOne(JsonParser parser, String file, int index, int draftDepth) throws IOException {
        try {
            Object tree = json.treeReader().read(parser);
            return new ReadResult.Parsed(json.mapper().fromTree(tree), file, index);
        } catch (InvalidDraftException e) {
            return ReadResult.rejected(file, index, e.reference(), e.getMessage());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new JsonSyntaxFailure(index, "not valid JSON: "
                    + ParseProblems.describe(e, parser, draftDepth)
                    + "; the rest of the file was not read");
        }
    }

    /** Broken syntax: nothing after it can be trusted to be a record boundary. */
    private static final class JsonSyntaxFailure extends IOException {
        private static final long serialVersionUID = 1L;
        final int index;

        JsonSyntaxFailure(int index, String message) {
            super(message);
            this.index = index;
        }
    }
}
