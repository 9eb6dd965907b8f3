package com.copydesk.support;

import com.copydesk.importer.DraftReader;
import com.copydesk.importer.ReadResult;
import com.copydesk.model.Draft;
import com.copydesk.model.ImportError;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a reader over text and keeps what it yields. */
public final class Collect {
    public final List<ReadResult> results = new ArrayList<>();

    public static Collect read(DraftReader reader, String text) {
        return read(reader, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Collect read(DraftReader reader, byte[] bytes) {
        Collect collect = new Collect();
        try {
            reader.read(new ByteArrayInputStream(bytes), "test-file", collect.results::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collect;
    }

    public List<Draft> drafts() {
        return results.stream().filter(r -> r instanceof ReadResult.Parsed).map(r -> ((ReadResult.Parsed) r).draft())
                .toList();
    }

    public List<ImportError> errors() {
        return results.stream().filter(r -> r instanceof ReadResult.Rejected)
                .map(r -> ((ReadResult.Rejected) r).error()).toList();
    }

    public Draft onlyDraft() {
        if (results.size() != 1 || drafts().size() != 1) {
            throw new AssertionError("expected one draft, got " + results);
        }
        return drafts().get(0);
    }

    public ImportError onlyError() {
        if (results.size() != 1 || errors().size() != 1) {
            throw new AssertionError("expected one rejected record, got " + results);
        }
        return errors().get(0);
    }
}
