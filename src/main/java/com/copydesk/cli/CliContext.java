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
    private final PrintWriter safeOut;
    private final PrintWriter safeErr;
    private final Function<Path, Workspace> opener;
    private Path storePath;
    private Workspace workspace;
    /** Whether the workspace was checked against the rules in force (and flagged again if need be). */
    private boolean judged;

    public CliContext(PrintWriter out, PrintWriter err, Function<Path, Workspace> opener) {
        this.out = out;
        this.err = err;
        this.safeOut = new PrintWriter(new TerminalSafeWriter(out), true);
        this.safeErr = new PrintWriter(new TerminalSafeWriter(err), true);
        this.opener = opener;
    }

    void storePath(Path path) {
        this.storePath = path;
    }

    /** Standard output for people: characters that could trick a terminal are shown, not sent. */
    public PrintWriter out() {
        return safeOut;
    }

    /** Standard output as asked: exact for {@code --json}, safe for a terminal otherwise. */
    public PrintWriter out(boolean json) {
        return json ? out : safeOut;
    }

    public PrintWriter err() {
        return safeErr;
    }

    /** Standard error as it is, for progress lines that redraw themselves with control characters. */
    PrintWriter progress() {
        return err;
    }

    /**
     * The store's workspace as it is, for a command that only reads ({@code stats}, {@code show},
     * {@code list}, {@code export}): it loads no rules (their file, the YAML reader and every rule,
     * a third of the start-up) and flags nothing again, which would be a write; the next command
     * that writes does that.
     */
    public Workspace readWorkspace() {
        if (workspace == null) {
            workspace = opener.apply(storePath);
        }
        return workspace;
    }

    /** The store's workspace, its drafts flagged by the rules in force (flagged again if those changed). */
    public Workspace workspace() {
        if (workspace == null || !judged) {
            readWorkspace();
            judged = true;
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
        safeOut.flush();
        safeErr.flush();
        out.flush();
        err.flush();
    }
}
