package com.copydesk.cli;

import com.copydesk.review.Workspace;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What every command needs: where to write, and the store, opened on first use so that
 * {@code --help} and usage errors never touch it.
 */
public final class CliContext implements AutoCloseable {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<Path, Workspace> opener;
    private Path storePath;
    private Workspace workspace;

    public CliContext(PrintWriter out, PrintWriter err, Function<Path, Workspace> opener) {
        this.out = out;
        this.err = err;
        this.opener = opener;
    }

    void storePath(Path path) {
        this.storePath = path;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** The store's workspace, its drafts flagged by the rules in force (flagged again if those changed). */
    public Workspace workspace() {
        if (workspace == null) {
            workspace = opener.apply(storePath);
            if (workspace.rules().needsReflag()) {
                var result = workspace.rules().reflag(com.copydesk.review.TaskMonitor.NONE);
                if (result.drafts() > 0) {
                    err.printf("The rules changed: flagged %,d drafts again (%.1f s).%n", result.drafts(),
                            result.seconds());
                }
            }
        }
        return workspace;
    }

    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
        }
        out.flush();
        err.flush();
    }
}
