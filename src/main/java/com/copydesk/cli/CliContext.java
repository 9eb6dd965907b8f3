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
    private final Function<Path, Workspace> readingOpener;
    private Path storePath;
    /** {@code --editor}, or null for the workspace's own default. */
    private String editor;
    private Workspace workspace;
    /** Whether the workspace was checked against the rules in force (and flagged again if need be). */
    private boolean judged;

    public CliContext(PrintWriter out, PrintWriter err, Function<Path, Workspace> opener) {
        this(out, err, opener, opener);
    }

    public CliContext(PrintWriter out, PrintWriter err, Function<Path, Workspace> opener,
                      Function<Path, Workspace> readingOpener) {
        this.readingOpener = readingOpener;
        this.out = out;
        this.err = err;
        this.safeOut = new PrintWriter(new TerminalSafeWriter(out), true);
        this.safeErr = new PrintWriter(new TerminalSafeWriter(err), true);
        this.opener = opener;
    }

    void editor(String name) {
        this.editor = name;
    }

    /** The workspace, acting for the editor the command line names. */
    private Workspace actingAs(Workspace opened) {
        if (editor != null) {
            opened.actAs(editor);
        }
        return opened;
    }

    void storePath(Path path) {
        this.storePath = path;
    }

    /** The store the command names, for commands that look at the file itself (check-store, recover). */
    Path storePath() {
        return storePath;
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
     * The workspace for a command that only reads ({@code stats}, {@code show}, {@code list},
     * {@code export}): opened read-only (nothing written, no check before a write) unless the drafts
     * must first be flagged again under changed rules, which the contract wants of the next command.
     */
    public Workspace readingWorkspace() {
        if (workspace == null) {
            Workspace reading = actingAs(readingOpener.apply(storePath));
            if (reading.flagsFollowRuleFile() || !reading.rules().needsReflag()) {
                workspace = reading;
                judged = true;
                return workspace;
            }
            reading.close();
        }
        return workspace();
    }

    /**
     * The workspace as it is, opened read-only where the store allows, never flagged again: for
     * a command that copies the store and must not change it ({@code copy-store}).
     */
    Workspace untouchedWorkspace() {
        if (workspace == null) {
            workspace = actingAs(readingOpener.apply(storePath));
        }
        return workspace;
    }

    /** The store's workspace as it is, opened for writing, its drafts not yet checked against the rules. */
    private Workspace writableWorkspace() {
        if (workspace == null) {
            workspace = actingAs(opener.apply(storePath));
        }
        return workspace;
    }

    /** The store's workspace, its drafts flagged by the rules in force (flagged again if those changed). */
    public Workspace workspace() {
        if (workspace == null || !judged) {
            writableWorkspace();
            judged = true;
            if (workspace.rules().needsReflag()) {
                var result = workspace.rules().reflag(com.copydesk.review.TaskMonitor.NONE);
                if (result.drafts() > 0) {
                    err.printf("The rules changed: flagged %,d drafts again (%.1f s).%n", result.drafts(),
                            result.seconds());
                }
            }
            if (!workspace.flagsFollowRuleFile()) {
                workspace.recordFlagsFollowRuleFile(); // so that the next command that reads need not load the rules
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
