package com.copydesk.importer;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;
import com.copydesk.interchange.InvalidDraftException;
import com.copydesk.interchange.ParseProblems;
import com.copydesk.interchange.SiteFrontMatter;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown with a YAML front matter block between two {@code ---} lines, as static site generators
 * write it. The front matter holds every field but the body; the Markdown after it is the body.
 * Without a {@code title} in the front matter, the first {@code # } heading is the title. The
 * keys a site generator needs and Copydesk's Markdown export adds ({@link SiteFrontMatter}) are
 * not kept as fields of the draft.
 *
 * <p>The YAML is read token by token into plain values: aliases and tags that would build objects
 * are refused, and the same size and nesting limits as for JSON apply.
 */
public final class MarkdownDraftReader implements DraftReader {
    private static final Pattern H1 = Pattern.compile("(?m)^# +(.+?)\\s*#*\\s*$");

    private final DraftJson json;
    private final DraftLimits limits;
    private final YAMLFactory yaml;

    public MarkdownDraftReader(DraftJson json, DraftLimits limits) {
        this.json = json;
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(limits.maxDepth() + 10);
        options.setCodePointLimit(limits.maxRecordBytes());
        options.setAllowRecursiveKeys(false);
        this.yaml = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(limits.parserConstraints())
                .build();
    }

    @Override
    public void read(InputStream in, String file, RecordSink sink) throws IOException {
        String text = TextFiles.readBounded(in, limits.maxRecordBytes());
        if (text == null) {
            sink.accept(ReadResult.rejected(file, null, null,
                    "the file is larger than " + limits.maxRecordBytes() / DraftLimits.MB + " MB"));
            return;
        }
        sink.accept(parse(text, file));
    }

    private ReadResult parse(String text, String file) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return ReadResult.rejected(file, 1, null,
                    "no front matter: the file must start with a line '---' and the draft's fields in YAML");
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return ReadResult.rejected(file, 1, null, "the front matter is not closed by a line '---'");
        }
        String frontMatter = String.join("\n", lines.subList(1, close));
        Map<String, Object> fields;
        try (JsonParser parser = yaml.createParser(frontMatter)) {
            try {
                Object tree = parser.nextToken() == null ? new LinkedHashMap<>() : json.treeReader().read(parser);
                if (!(tree instanceof Map<?, ?>)) {
                    return ReadResult.rejected(file, 2, null, "the front matter must be a YAML mapping of fields");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) tree;
                fields = map;
            } catch (InvalidDraftException e) {
                return ReadResult.rejected(file, lineOf(lines, close, e.field()), e.reference(), e.getMessage());
            } catch (JacksonException e) {
                Integer yamlLine = ParseProblems.line(e);
                return ReadResult.rejected(file, yamlLine == null ? 1 : yamlLine + 1, null,
                        "the front matter is not valid YAML: " + ParseProblems.describe(e, parser, 0));
            }
        } catch (IOException e) {
            return ReadResult.rejected(file, 1, null, "the front matter could not be read: " + e.getMessage());
        }
        Object reference = fields.get("reference");
        String ref = reference instanceof String s ? s : null;
        if (fields.containsKey("body")) {
            return ReadResult.rejected(file, lineOf(lines, close, "body"), ref,
                    "body: belongs after the front matter, not in it");
        }
        String body = stripLeadingBlankLines(String.join("\n", lines.subList(close + 1, lines.size())));
        if (!lines.isEmpty() && !body.isEmpty() && text.endsWith("\n")) {
            body += "\n";
        }
        if (fields.get("title") == null) {
            Matcher heading = H1.matcher(body);
            if (heading.find()) {
                fields.put("title", heading.group(1));
                body = stripLeadingBlankLines(body.substring(0, heading.start())
                        + body.substring(Math.min(body.length(), heading.end() + 1)));
            }
        }
        fields.put("body", body);
        try {
            return new ReadResult.Parsed(SiteFrontMatter.withoutDerived(json.mapper().fromTree(fields)), file, 1);
        } catch (InvalidDraftException e) {
            return ReadResult.rejected(file, lineOf(lines, close, e.field()), e.reference(), e.getMessage());
        }
    }

    /** The line of the front matter where the field's top-level key stands, or 1. */
    private static int lineOf(List<String> lines, int close, String field) {
        if (field == null || field.isEmpty()) {
            return 1;
        }
        String key = field.split("[.\\[]", 2)[0];
        Pattern keyLine = Pattern.compile("^['\"]?" + Pattern.quote(key) + "['\"]?\\s*:");
        for (int i = 1; i < close; i++) {
            if (keyLine.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    private static String stripLeadingBlankLines(String text) {
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            if (newline < 0 || !text.substring(start, newline).isBlank()) {
                return text.substring(start);
            }
            start = newline + 1;
        }
    }
}
