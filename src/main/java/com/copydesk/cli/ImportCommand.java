package com.copydesk.cli;

import com.copydesk.model.ImportError;
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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Override
    public Integer call() {
        CliContext context = top.context();
        ImportDrafts imports = context.workspace().imports();
        ImportSummary summary = imports.run(paths, onDuplicate, new TerminalProgress(context.progress()));
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
                g.writeEndObject();
            });
        } else {
            out.printf("imported %d, updated %d, unchanged %d, rejected %d%n", summary.imported(),
                    summary.updated(), summary.unchanged(), summary.rejected());
            if (summary.replaced() > 0) {
                out.printf("replaced %d earlier record%s of this import by a later one with the same reference%n",
                        summary.replaced(), summary.replaced() == 1 ? "" : "s");
            }
            imports.forEachError(summary.runId(), e -> out.println("rejected: " + describe(e)));
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
