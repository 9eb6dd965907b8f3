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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Override
    public Integer call() {
        CliContext context = top.context();
        ImportDrafts imports = context.workspace().imports();
        ImportSummary summary = imports.run(paths, new TerminalProgress(context.progress()));
        PrintWriter out = context.out(json);
        if (json) {
            JsonOut.line(out, g -> {
                g.writeStartObject();
                g.writeNumberField("imported", summary.imported());
                g.writeNumberField("updated", summary.updated());
                g.writeNumberField("unchanged", summary.unchanged());
                g.writeNumberField("rejected", summary.rejected());
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
            imports.forEachError(summary.runId(), e -> out.println("rejected: " + describe(e)));
        }
        return summary.rejected() > 0 ? ExitCode.PARTLY : ExitCode.OK;
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
