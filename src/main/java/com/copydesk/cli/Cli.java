package com.copydesk.cli;

import com.copydesk.review.Workspace;
import com.copydesk.store.StoreException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs one command line and returns its exit status; never lets a stack trace reach the user. */
public final class Cli {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private final UnaryOperator<Path> storeFor;
    private final Function<Path, Workspace> opener;
    private final Function<Path, Workspace> readingOpener;
    private final Path logFolder;

    /**
     * @param storeFor  the store to use given the {@code --db} option (null when absent)
     * @param opener    opens a workspace on a store
     * @param logFolder where details of unexpected failures are logged, for messages
     */
    public Cli(UnaryOperator<Path> storeFor, Function<Path, Workspace> opener, Path logFolder) {
        this(storeFor, opener, opener, logFolder);
    }

    /** @param readingOpener opens a workspace for a command that only reads (read-only where it can) */
    public Cli(UnaryOperator<Path> storeFor, Function<Path, Workspace> opener, Function<Path, Workspace> readingOpener,
               Path logFolder) {
        this.storeFor = storeFor;
        this.opener = opener;
        this.readingOpener = readingOpener;
        this.logFolder = logFolder;
    }

    public int run(String[] args, PrintWriter out, PrintWriter err) {
        try (CliContext context = new CliContext(out, err, opener, readingOpener)) {
            CopydeskCommand top = new CopydeskCommand(context);
            CommandLine cli = new CommandLine(top);
            cli.setOut(out);
            cli.setErr(err);
            cli.setCaseInsensitiveEnumValuesAllowed(true);
            cli.setExecutionStrategy(parseResult -> {
                if (top.db != null && top.db.toString().isBlank()) {
                    throw new CommandLine.ParameterException(cli, "--db needs the name of a store file");
                }
                context.storePath(storeFor.apply(top.db));
                return new CommandLine.RunLast().execute(parseResult);
            });
            cli.setParameterExceptionHandler((e, arguments) -> {
                err.println(e.getMessage());
                CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
                err.println();
                e.getCommandLine().usage(err);
                return ExitCode.USAGE;
            });
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                if (e instanceof StoreException store) {
                    err.println(store.getMessage());
                    return ExitCode.STORE;
                }
                LOG.log(Level.SEVERE, "command failed", e);
                err.println("Copydesk failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                        + " (details in the log in " + logFolder + ")");
                return ExitCode.PARTLY;
            });
            return cli.execute(args);
        }
    }

    /** True when the arguments name no command: the launcher opens the window. */
    public static boolean wantsWindow(String[] args) {
        CommandLine cli = new CommandLine(new CopydeskCommand(null));
        try {
            CommandLine.ParseResult result = cli.parseArgs(args);
            return !result.hasSubcommand() && !result.isUsageHelpRequested() && !result.isVersionHelpRequested();
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    /** The store named by {@code --db} in the arguments, if any. */
    public static Path storeOption(String[] args) {
        CopydeskCommand top = new CopydeskCommand(null);
        try {
            new CommandLine(top).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
        return top.db;
    }
}
