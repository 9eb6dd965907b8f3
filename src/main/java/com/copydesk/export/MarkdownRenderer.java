package com.copydesk.export;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.SiteFrontMatter;
import com.copydesk.model.Draft;
import com.copydesk.model.StoredDraft;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.filter.FilteringGeneratorDelegate;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A Markdown file per draft, as Hugo, Jekyll and Eleventy read it: YAML front matter with
 * {@code title}, the derived {@code date}, {@code tags} and {@code draft: false}
 * ({@link SiteFrontMatter}), then every other field of the draft as the editor left it; the body
 * after the front matter.
 *
 * <p>Every string is double-quoted, so no YAML reader (1.1 or 1.2) can take a title for a
 * number, a boolean or a date, and characters YAML may not hold raw are escaped. Each value
 * stays on one line, so no line of the front matter can close it early.
 */
final class MarkdownRenderer implements DraftRenderer {
    private static final byte[] FENCE = "---\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * The title is written first, where people look for it, and the draft's own fields named like a
     * derived key go under {@link SiteFrontMatter#REPLACED}: this keeps each from being written twice.
     */
    private static TokenFilter allBut(java.util.Set<String> written) {
        return new TokenFilter() {
            @Override
            public TokenFilter includeProperty(String name) {
                return written.contains(name) ? null : TokenFilter.INCLUDE_ALL;
            }
        };
    }

    private final DraftJson json;
    private final YAMLFactory yaml = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    MarkdownRenderer(DraftJson json) {
        this.json = json;
    }

    @Override
    public byte[] render(StoredDraft stored) throws IOException {
        Draft draft = stored.current();
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048 + 2 * draft.body().length());
        out.write(FENCE);
        try (JsonGenerator g = yaml.createGenerator(out)) {
            // INCLUDE_NON_NULL opens the mapping at once (the other inclusions wait for the first
            // field that passes), so the title and derived keys can go first, straight to g.
            Map<String, Object> replaced = SiteFrontMatter.replaced(draft);
            java.util.Set<String> writtenApart = new java.util.HashSet<>(replaced.keySet());
            writtenApart.add("title");
            JsonGenerator rest = new FilteringGeneratorDelegate(g, allBut(writtenApart),
                    TokenFilter.Inclusion.INCLUDE_NON_NULL, true);
            rest.writeStartObject();
            g.writeStringField("title", draft.title());
            for (Map.Entry<String, Object> key : SiteFrontMatter.derived(draft).entrySet()) {
                g.writeFieldName(key.getKey());
                DraftJson.writePlain(g, key.getValue());
            }
            json.writeFields(draft, rest, false);
            if (!replaced.isEmpty()) {
                g.writeFieldName(SiteFrontMatter.REPLACED);
                DraftJson.writePlain(g, replaced);
            }
            rest.writeEndObject();
        }
        out.write(FENCE);
        if (!draft.body().isEmpty()) {
            out.write('\n');
            out.write(draft.body().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
