package com.copydesk.importer;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;
import com.copydesk.interchange.InvalidDraftException;
import com.copydesk.interchange.ParseProblems;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The front matter at the top of a Markdown file, in the three forms Hugo reads: YAML between two
 * {@code ---} lines, TOML between two {@code +++} lines, or a JSON object at the very top; and
 * the Markdown body after it. The fields are read into plain values by {@link
 * com.copydesk.interchange.PlainTreeReader}, within the limits of every other reader: YAML aliases
 * and object-building tags are refused, and TOML's parser, which nests by recursion, is stopped
 * past the nesting limit before it can exhaust the stack. Dates (a TOML datetime, a YAML
 * timestamp) stay strings as written.
 */
final class FrontMatter {

    /** The three forms; {@link #key()} is how a draft's source names it. */
    enum Form {
        YAML, TOML, JSON;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A front matter read.
     *
     * @param lines the file's lines, for finding the line of a field
     * @param close the index of the line that closes the front matter
     */
    record Block(Form form, Map<String, Object> fields, String body, List<String> lines, int close) {
        /** The 1-based line where a top-level field is given, or 1. */
        int lineOf(String field) {
            if (field == null || field.isEmpty()) {
                return 1;
            }
            return FrontMatter.lineOf(lines, close, field);
        }
    }

    /** Front matter that cannot be read: the file is rejected with this line and message. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final String reference;

        Problem(int line, String message, String reference) {
            super(message);
            this.line = line;
            this.reference = reference;
        }
    }

    private final DraftJson json;
    private final YAMLFactory yaml;
    private final TomlFactory toml;

    FrontMatter(DraftJson json, DraftLimits limits) {
        this.json = json;
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(limits.maxDepth() + 10);
        options.setCodePointLimit(limits.maxRecordBytes());
        options.setAllowRecursiveKeys(false);
        this.yaml = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(limits.parserConstraints())
                .build();
        // Measured: TOML's parser overflows a 256 KB stack at 500 levels of inline tables; one level
        // past the limit, it stops within a few.
        StreamReadConstraints base = limits.parserConstraints();
        this.toml = TomlFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(base.getMaxStringLength())
                        .maxNumberLength(base.getMaxNumberLength())
                        .build())
                .build();
    }

    /** Which form the text opens with, or null when it has no front matter. */
    static Form formOf(String text) {
        int newline = text.indexOf('\n');
        String first = (newline < 0 ? text : text.substring(0, newline)).strip();
        if (first.equals("---")) {
            return Form.YAML;
        }
        if (first.equals("+++")) {
            return Form.TOML;
        }
        return text.startsWith("{") ? Form.JSON : null;
    }

    /** The front matter and body of a text that opens with one (see {@link #formOf}). */
    Block read(String text, Form form) throws Problem {
        List<String> lines = text.lines().toList();
        if (form == Form.JSON) {
            return readJson(text, lines);
        }
        String fence = form == Form.YAML ? "---" : "+++";
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals(fence) || (form == Form.YAML && line.equals("..."))) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new Problem(1, "the front matter is not closed by a line '" + fence + "'", null);
        }
        String block = String.join("\n", lines.subList(1, close));
        Map<String, Object> fields;
        try (JsonParser parser = form == Form.YAML ? yaml.createParser(block) : toml.createParser(block)) {
            fields = fields(parser, lines, close, form);
        } catch (JacksonException e) {
            // TOML's parser reads the whole block when it is created
            throw syntaxProblem(e, form, null, 1);
        } catch (IOException e) {
            throw new Problem(1, "the front matter could not be read: " + e.getMessage(), null);
        }
        String body = stripLeadingBlankLines(String.join("\n", lines.subList(close + 1, lines.size())));
        if (!body.isEmpty() && text.endsWith("\n")) {
            body += "\n";
        }
        return new Block(form, fields, body, lines, close);
    }

    private Block readJson(String text, List<String> lines) throws Problem {
        try (JsonParser parser = json.factory().createParser(text)) {
            Map<String, Object> fields = fields(parser, lines, lines.size(), Form.JSON);
            int end = (int) parser.currentLocation().getCharOffset();
            int close = parser.currentLocation().getLineNr() - 1;
            String body = stripLeadingBlankLines(text.substring(Math.min(end, text.length())));
            return new Block(Form.JSON, fields, body, lines, Math.max(close, 0));
        } catch (IOException e) {
            throw new Problem(1, "the front matter could not be read: " + e.getMessage(), null);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fields(JsonParser parser, List<String> lines, int close, Form form)
            throws Problem, IOException {
        try {
            Object tree = parser.nextToken() == null ? new LinkedHashMap<>() : json.treeReader().read(parser);
            if (!(tree instanceof Map<?, ?>)) {
                throw new Problem(2, "the front matter must be a " + form + " mapping of fields", null);
            }
            return (Map<String, Object>) tree;
        } catch (InvalidDraftException e) {
            throw new Problem(lineOf(lines, close, e.field()), e.getMessage(), e.reference());
        } catch (JacksonException e) {
            throw syntaxProblem(e, form, parser, form == Form.JSON ? 0 : 1);
        }
    }

    private static Problem syntaxProblem(JacksonException e, Form form, JsonParser parser, int linesAbove) {
        Integer line = ParseProblems.line(e);
        String where = parser == null ? ParseProblems.describe(e) : ParseProblems.describe(e, parser, 0);
        return new Problem(line == null ? 1 : line + linesAbove, "the front matter is not valid " + form + ": " + where,
                null);
    }

    /** The line of the front matter where the field's top-level key stands, or 1. */
    private static int lineOf(List<String> lines, int close, String field) {
        if (field == null || field.isEmpty()) {
            return 1;
        }
        String key = field.split("[.\\[]", 2)[0];
        Pattern keyLine = Pattern.compile("^\\s*['\"]?" + Pattern.quote(key) + "['\"]?\\s*[:=]");
        for (int i = 0; i < Math.min(close, lines.size()); i++) {
            if (keyLine.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    static String stripLeadingBlankLines(String text) {
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
