package com.copydesk.cli;

import com.copydesk.model.DerivedReference;
import com.copydesk.model.GeneratorMeta;
import com.copydesk.model.ImportError;
import com.copydesk.model.ImportSkip;
import com.copydesk.model.ImportSummary;
import com.copydesk.review.ImportDrafts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Read drafts from files or folders (recursively): .json, .jsonl, .ndjson, "
        + ".md with front matter, rendered .txt pages, each optionally .gz.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Option(names = "--on-duplicate", paramLabel = "first|last", converter = OnDuplicateConverter.class,
            description = "A reference given twice in this import: keep the first and reject the later record"
                    + " (first, the default), or let the later one replace it (last).")
    ImportDrafts.OnDuplicate onDuplicate = ImportDrafts.OnDuplicate.FIRST;

    @Option(names = "--strict", description = "Reject the files in a folder that are not pages (no front matter, "
            + "README.md, headless bundles, no title) instead of skipping them.")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    /** How many examples of references taken from paths the text report shows; --json lists all. */
    private static final int PATH_EXAMPLES = 3;

    @Override
    public Integer call() {
        CliContext context = top.context();
        ImportDrafts imports = context.workspace().imports();
        ImportSummary summary = imports.run(paths, onDuplicate, strict, new TerminalProgress(context.progress()));
        String metaInfo = metaInfo(summary, context.workspace().rules().generatorMeta());
        PrintWriter out = context.out(json);
        if (json) {
            JsonOut.line(out, g -> {
                g.writeStartObject();
                g.writeNumberField("imported", summary.imported());
                g.writeNumberField("updated", summary.updated());
                g.writeNumberField("unchanged", summary.unchanged());
                g.writeNumberField("rejected", summary.rejected());
                g.writeNumberField("replaced", summary.replaced());
                g.writeArrayFieldStart("errors");
                imports.forEachError(summary.runId(), e -> {
                    try {
                        g.writeStartObject();
                        g.writeStringField("file", e.file());
                        if (e.line() == null) {
                            g.writeNullField("line");
                        } else {
                            g.writeNumberField("line", e.line());
                        }
                        g.writeStringField("reference", e.reference());
                        g.writeStringField("message", e.message());
                        g.writeEndObject();
                    } catch (java.io.IOException io) {
                        throw new java.io.UncheckedIOException(io);
                    }
                });
                g.writeEndArray();
                g.writeArrayFieldStart("skipped");
                for (ImportSkip skip : summary.skipped()) {
                    g.writeStartObject();
                    g.writeStringField("file", skip.file());
                    g.writeStringField("reason", skip.reason());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("references_from_paths");
                for (DerivedReference derived : summary.fromPaths()) {
                    g.writeStartObject();
                    g.writeStringField("file", derived.file());
                    g.writeStringField("reference", derived.reference());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("info");
                if (metaInfo != null) {
                    g.writeString(metaInfo);
                }
                g.writeEndArray();
                g.writeEndObject();
            });
        } else {
            out.printf("imported %d, updated %d, unchanged %d, rejected %d, skipped %d%s%n", summary.imported(),
                    summary.updated(), summary.unchanged(), summary.rejected(), summary.skipped().size(),
                    skippedByReason(summary));
            if (summary.replaced() > 0) {
                out.printf("replaced %d earlier record%s of this import by a later one with the same reference%n",
                        summary.replaced(), summary.replaced() == 1 ? "" : "s");
            }
            imports.forEachError(summary.runId(), e -> out.println("rejected: " + describe(e)));
            for (ImportSkip skip : summary.skipped()) {
                out.println("skipped: " + skip.file() + ": " + skip.reason());
            }
            if (!summary.fromPaths().isEmpty()) {
                out.println("references from paths: " + summary.fromPaths().size() + " pages had no reference and took"
                        + " their path's, e.g. " + summary.fromPaths().stream().limit(PATH_EXAMPLES)
                        .map(d -> d.file() + " -> " + d.reference()).collect(Collectors.joining(", "))
                        + (summary.fromPaths().size() > PATH_EXAMPLES ? " (import --json lists every one)" : ""));
            }
            if (metaInfo != null) {
                out.println("info: " + metaInfo);
            }
        }
        return summary.rejected() > 0 ? ExitCode.PARTLY : ExitCode.OK;
    }

    static final class OnDuplicateConverter implements picocli.CommandLine.ITypeConverter<ImportDrafts.OnDuplicate> {
        @Override
        public ImportDrafts.OnDuplicate convert(String value) {
            return switch (value) {
                case "first" -> ImportDrafts.OnDuplicate.FIRST;
                case "last" -> ImportDrafts.OnDuplicate.LAST;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected first or last, not '" + value + "'");
            };
        }
    }

    private static String skippedByReason(ImportSummary summary) {
        if (summary.skipped().isEmpty()) {
            return "";
        }
        return summary.skippedByReason().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining("; ", " (", ")"));
    }

    /** The one line that says the meta rules passed over the drafts without generator meta, or null. */
    static String metaInfo(ImportSummary summary, GeneratorMeta mode) {
        if (summary.withoutGeneratorMeta() == 0 || mode == GeneratorMeta.REQUIRED) {
            return null;
        }
        return summary.withoutGeneratorMeta() + " drafts carry no generator meta (checklist, score, payload, revision);"
                + " the meta rules (missing-meta, low-score, stale-review, ...) do not judge them ("
                + GeneratorMeta.KEY + ": " + mode.key() + " in the rule file; 'required' judges them too)";
    }

    static String describe(ImportError e) {
        StringBuilder text = new StringBuilder(e.file());
        if (e.line() != null) {
            text.append(':').append(e.line());
        }
        if (e.reference() != null) {
            text.append(" (").append(e.reference()).append(')');
        }
        return text.append(": ").append(e.message()).toString();
    }
}
