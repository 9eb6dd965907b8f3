package com.copydesk.export;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.SiteFrontMatter;
import com.copydesk.interchange.SitePage;
import com.copydesk.model.Draft;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.StoredDraft;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Markdown file per draft, as Hugo and Jekyll read it.
 *
 * <p>A draft of Copydesk's own: YAML front matter with the keys the sites act on, derived from
 * the draft and its review, and the whole draft but its body under {@code params}
 * ({@link SiteFrontMatter}); the body after it.
 *
 * <p>A page that came from a site's folder ({@link SitePage}): its front matter in the form it
 * came in (YAML, TOML or JSON), with the editor's changes and, once approved, {@code draft: false}.
 *
 * <p>YAML strings are all double-quoted, so no YAML reader (1.1 or 1.2) can take a title for a
 * number, a boolean or a date, and characters YAML may not hold raw are escaped. Each value
 * stays on one line, so no line of the front matter can close it early. TOML has no null: a
 * null field is left out.
 */
final class MarkdownRenderer implements DraftRenderer {
    private static final byte[] YAML_FENCE = "---\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOML_FENCE = "+++\n".getBytes(StandardCharsets.US_ASCII);

    private final DraftJson json;
    private final LocalDate exportDay;
    private final YAMLFactory yaml = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private final TomlFactory toml = new TomlFactory();
    private final JsonFactory jsonFactory = new JsonFactory();

    MarkdownRenderer(DraftJson json, Instant now) {
        this.json = json;
        this.exportDay = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** The front matter's dates depend on the day of the export, so a stamp holds for that day only. */
    @Override
    public String version() {
        String release = MarkdownRenderer.class.getPackage().getImplementationVersion();
        return "markdown/1 " + (release == null ? "dev" : release) + " " + exportDay;
    }

    @Override
    public byte[] render(StoredDraft stored) throws IOException {
        return render(stored, DraftFileName.of(stored.current().title(), stored.reference(), DraftFileName.SHORTEST_SUFFIX));
    }

    @Override
    public byte[] render(StoredDraft stored, String file) throws IOException {
        Draft draft = stored.current();
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048 + 2 * draft.body().length());
        var page = SitePage.of(draft);
        if (page.isPresent() && file.equals(page.get().file())) {
            Map<String, Object> fields = SitePage.frontMatter(draft, page.get(),
                    stored.status() == ReviewStatus.APPROVED, json);
            writeFrontMatter(out, page.get().frontMatter(), fields);
            String body = SitePage.body(draft, page.get());
            if (!body.isEmpty()) {
                out.write('\n');
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        String slug = name.endsWith(DraftFileName.EXTENSION)
                ? name.substring(0, name.length() - DraftFileName.EXTENSION.length()) : name;
        Map<String, Object> fields = new LinkedHashMap<>(SiteFrontMatter.siteKeys(stored, slug, exportDay));
        fields.put(SiteFrontMatter.PARAMS, json.toPlain(draft, false));
        writeFrontMatter(out, "yaml", fields);
        if (!draft.body().isEmpty()) {
            out.write('\n');
            out.write(draft.body().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private void writeFrontMatter(ByteArrayOutputStream out, String form, Map<String, Object> fields) throws IOException {
        switch (form) {
            case "toml" -> {
                out.write(TOML_FENCE);
                try (JsonGenerator g = toml.createGenerator(out)) {
                    DraftJson.writePlain(g, withoutNulls(fields));
                }
                out.write(TOML_FENCE);
            }
            case "json" -> {
                try (JsonGenerator g = jsonFactory.createGenerator(out)) {
                    g.setPrettyPrinter(new DefaultPrettyPrinter());
                    DraftJson.writePlain(g, fields);
                }
                out.write('\n');
            }
            default -> {
                out.write(YAML_FENCE);
                try (JsonGenerator g = yaml.createGenerator(out)) {
                    DraftJson.writePlain(g, fields);
                }
                out.write(YAML_FENCE);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object withoutNulls(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> kept = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    kept.put(String.valueOf(k), withoutNulls(v));
                }
            });
            return kept;
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> v != null).map(MarkdownRenderer::withoutNulls).toList();
        }
        return value;
    }
}
