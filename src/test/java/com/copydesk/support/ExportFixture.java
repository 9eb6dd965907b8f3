package com.copydesk.support;

import com.copydesk.app.Copydesk;
import com.copydesk.bench.DraftGenerator;
import com.copydesk.model.ImportSummary;
import com.copydesk.review.TaskMonitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A store for export tests: realistic generated drafts (references {@code gen-ref-0000000} on),
 * and one draft with what is hard to carry through every format: unknown fields of every JSON
 * type, YAML-looking strings, a foreign {@code review} field, a big number, fields of its own
 * named like the site keys a Markdown export derives ({@code date}, {@code tags}, {@code draft}).
 */
public final class ExportFixture {
    public static final String SPECIAL = "x-special";

    private ExportFixture() {
    }

    public static String generatedReference(int n) {
        return String.format("gen-ref-%07d", n);
    }

    public static String specialDraft() {
        return """
                {"reference":"x-special","title":"Ünïcödé \\"quotes\\": yes","body":"First line\\n\\n## Heading\\n\\n- item\\n",\
                "topic":"true","summary":"123","stack":["no","2025-01-02"],"tools":["on"],\
                "score":{"quality":80,"freshness":70,"depth":60,"clarity":50,"extra_score":1},\
                "revision":{"status":"s","version":"1","last_reviewed":"2025-01-02","by":"gen"},\
                "checklist":["a","b"],"custom":{"nested":[1,2.50,null,true,"\\u2028x\\u202e"]},\
                "review":"foreign review","empty_list":[],"big":12345678901234567890123,\
                "date":"1999-01-01","tags":["own"],"draft":true}""";
    }

    /** Imports {@code generated} generated drafts and the special one. */
    public static ImportSummary fill(Copydesk desk, Path folder, int generated) {
        DraftGenerator generator = new DraftGenerator(11, 0);
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < generated; n++) {
            lines.add(generator.draft(n));
        }
        lines.add(specialDraft());
        Path file = DraftFiles.lines(folder.resolve("drafts.jsonl"), lines);
        ImportSummary summary = desk.imports().run(List.of(file), TaskMonitor.NONE);
        if (summary.rejected() > 0) {
            throw new IllegalStateException("fixture drafts rejected: " + summary.errors());
        }
        return summary;
    }
}
