package com.copydesk.cli;

import com.copydesk.model.CopySummary;
import com.copydesk.review.TaskMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "copy-store", mixinStandardHelpOptions = true,
        description = "Copy the whole store (drafts, reviews, history, views) into a new or empty store: "
                + "SQLite to PostgreSQL or back. Claims are not copied.")
final class CopyStoreCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--to", required = true, paramLabel = "DB",
            description = "The store to copy into: a file or postgresql://USER@HOST:PORT/DATABASE, new or without drafts.")
    Path to;

    @Override
    public Integer call() {
        CliContext context = top.context();
        PrintWriter err = context.err();
        TerminalProgress terminal = new TerminalProgress(context.progress());
        // A line for each table copied, on a terminal or not: a copy of 1M drafts takes minutes.
        TaskMonitor progress = new TaskMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                terminal.progress(done, total, message);
                if (done >= total) {
                    err.printf("%s: %,d rows%n", message, done);
                    err.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        CopySummary summary = context.untouchedWorkspace().copyStoreTo(to, progress);
        context.out().printf("copied %,d drafts (%,d history entries, %,d rows in all) to %s in %.1f s%n",
                summary.drafts(), summary.historyEntries(), summary.rows(), to, summary.seconds());
        return ExitCode.OK;
    }
}
