package com.copydesk.cli;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.ExportFormat;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.ExportScope;
import com.copydesk.model.ExportSummary;
import com.copydesk.model.ReviewStatus;
import com.copydesk.review.ExportFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Write drafts (by default the approved ones) as JSON Lines, as Markdown files for static site generators,"
                + " or as a CSV report.",
        "Only what changed since the last export to the same place is written; the files of drafts no longer in"
                + " scope are removed. Files appear whole or not at all."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "jsonl|markdown|csv", converter = FormatConverter.class,
            description = "jsonl: one file, a draft per line; markdown: a .md file per draft in a folder; csv: a report.")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file to write (jsonl, csv) or the folder (markdown); created if missing.")
    Path out;

    @Option(names = "--status", paramLabel = "S", converter = StatusConverter.class,
            description = "Drafts with this status: pending, approved (the default) or rejected.")
    ReviewStatus status;

    @Option(names = "--all", description = "Every draft, whatever its status.")
    boolean all;

    @Option(names = "--reference", paramLabel = "REF", arity = "1..*",
            description = "Only these drafts (--reference A B, or --reference A --reference B). A reference not in the"
                    + " store makes the exit status 1.")
    List<String> references;

    @Option(names = "--full", description = "Write every file again, not only new and changed ones.")
    boolean full;

    @Option(names = "--keep-stale",
            description = "Markdown: keep the files of drafts no longer in scope, and list them, instead of removing them.")
    boolean keepStale;

    @Option(names = "--overwrite", description = "Replace a file (markdown: files in the folder) that no Copydesk export wrote.")
    boolean overwrite;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        ExportRequest request = new ExportRequest(format, checkedDestination(), scope(), !full, !keepStale, overwrite);
        CliContext context = top.context();
        ExportSummary summary;
        try {
            summary = context.readWorkspace().exports().run(request, new TerminalProgress(context.progress()));
        } catch (ExportFailedException e) {
            context.err().println(e.getMessage());
            return ExitCode.PARTLY;
        }
        print(context.out(json), summary);
        summary.notFound().forEach(reference -> context.err().println(
                "No draft with the reference '" + reference + "' in the store."));
        return summary.notFound().isEmpty() ? ExitCode.OK : ExitCode.PARTLY;
    }

    private Path checkedDestination() {
        if (format.filePerDraft() && Files.isRegularFile(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file; a markdown export writes"
                    + " a file per draft into a folder.");
        }
        if (!format.filePerDraft() && Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a folder; a " + format.key()
                    + " export writes one file, e.g. --out " + out.resolve("drafts" + format.extension()));
        }
        return out;
    }

    private ExportScope scope() {
        int given = (status != null ? 1 : 0) + (all ? 1 : 0) + (references != null ? 1 : 0);
        if (given > 1) {
            throw new ParameterException(spec.commandLine(), "Give one of --status, --all or --reference.");
        }
        if (references != null) {
            return new ExportScope.Named(references);
        }
        if (all) {
            return ExportScope.everyDraft();
        }
        return status == null ? ExportScope.approved() : new ExportScope.Matching(DraftFilter.ALL.withStatuses(Set.of(status)));
    }

    private void print(PrintWriter out, ExportSummary s) {
        if (json) {
            JsonOut.line(out, g -> {
                g.writeStartObject();
                g.writeStringField("format", s.format().key());
                g.writeStringField("out", s.destination().toString());
                g.writeNumberField("drafts", s.drafts());
                g.writeNumberField("added", s.added());
                g.writeNumberField("changed", s.changed());
                g.writeNumberField("unchanged", s.unchanged());
                g.writeNumberField("removed", s.removed());
                g.writeNumberField("files_written", s.filesWritten());
                g.writeArrayFieldStart("stale_kept");
                for (String file : s.staleKept()) {
                    g.writeString(file);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("not_found");
                for (String reference : s.notFound()) {
                    g.writeString(reference);
                }
                g.writeEndArray();
                g.writeEndObject();
            });
            return;
        }
        out.printf("exported %d %s to %s: %d new, %d changed, %d unchanged, %d removed; %d %s written%n",
                s.drafts(), s.drafts() == 1 ? "draft" : "drafts", s.destination(), s.added(), s.changed(),
                s.unchanged(), s.removed(), s.filesWritten(), s.filesWritten() == 1 ? "file" : "files");
        for (String file : s.staleKept()) {
            out.println("kept, no longer in scope: " + file);
        }
    }
}
