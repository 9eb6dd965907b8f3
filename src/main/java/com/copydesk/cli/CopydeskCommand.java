package com.copydesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The top command: global options; without a subcommand the launcher opens the window. Its
 * subcommands are {@link Cli#COMMANDS}, added there: only the one a command line names, when it
 * names one, so that a command does not pay for reading the others' options.
 */
@Command(name = "copydesk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A review desk for AI-generated article drafts. Without a command, opens the window.",
        footer = {"", "The store is --db FILE, else $COPYDESK_DB, else the per-user data folder;",
                "a team store is postgresql://USER@HOST:PORT/DATABASE (password in $PGPASSWORD or ~/.pgpass).",
                "The editor is --editor NAME, else $COPYDESK_EDITOR, else the operating-system user.",
                "Exit status: 0 all went well; 1 some records were rejected or references not found;",
                "2 the command line was wrong; 3 the store could not be opened or is damaged."})
public final class CopydeskCommand {
    final CliContext context;

    @Option(names = "--db", paramLabel = "FILE", description = "The store to use: a file (created if missing) or postgresql://USER@HOST:PORT/DATABASE.")
    Path db;

    @Option(names = "--editor", paramLabel = "NAME",
            description = "Who decides (else $COPYDESK_EDITOR, else the operating-system user).")
    String editor;

    public CopydeskCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }
}
