package com.copydesk.cli;

import com.copydesk.model.EditorName;
import com.copydesk.review.Workspace;
import com.copydesk.store.StoreException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs one command line and returns its exit status; never lets a stack trace reach the user. */
public final class Cli {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());
    /**
     * Every command by its name (as its {@code @Command} says), in the order the top command's
     * help lists them; made when named (a lambda, not a constructor reference, which would load
     * the class when the map is built), so that a command loads no other command's class.
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

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
            CommandLine cli = commandLine(top, args);
            cli.setOut(out);
            cli.setErr(err);
            cli.setCaseInsensitiveEnumValuesAllowed(true);
            cli.setExecutionStrategy(parseResult -> {
                if (top.db != null && top.db.toString().isBlank()) {
                    throw new CommandLine.ParameterException(cli, "--db needs the name of a store file");
                }
                if (top.editor != null) {
                    try {
                        context.editor(EditorName.checked(top.editor));
                    } catch (IllegalArgumentException e) {
                        throw new CommandLine.ParameterException(cli, "--editor: " + e.getMessage());
                    }
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

    /** The names of the commands, such as {@code list}. */
    public static Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    /** True when the arguments name no command: the launcher opens the window. */
    public static boolean wantsWindow(String[] args) {
        if (commandNamed(args) != null || versionOnly(args)) {
            return false;
        }
        CommandLine cli = commandLine(new CopydeskCommand(null), args);
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
            commandLine(top, args).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
        return top.db;
    }

    /**
     * The command line with the one command the arguments name, or every command when they name
     * none (for the top command's help, suggestions for a mistyped name, the window): picocli
     * reads each added command's options by reflection, a fifth of a command's start-up for all
     * fifteen.
     */
    private static CommandLine commandLine(CopydeskCommand top, String[] args) {
        CommandLine cli = new CommandLine(top);
        if (versionOnly(args)) {
            return cli;
        }
        String named = commandNamed(args);
        COMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        return cli;
    }

    /** The command the first argument after the global options names, or null. */
    static String commandNamed(String[] args) {
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            if (args[i].equals("--db") || args[i].equals("--editor")) {
                i += 2;
            } else if (args[i].startsWith("--db=") || args[i].startsWith("--editor=")) {
                i++;
            } else {
                return null; // another option (--help, a mistake): the whole command line decides
            }
        }
        return i < args.length && COMMANDS.containsKey(args[i]) ? args[i] : null;
    }

    private static boolean versionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> byName = new LinkedHashMap<>();
        byName.put("import", () -> new ImportCommand());
        byName.put("list", () -> new ListCommand());
        byName.put("show", () -> new ShowCommand());
        byName.put("stats", () -> new StatsCommand());
        byName.put("rules", () -> new RulesCommand());
        byName.put("reflag", () -> new ReflagCommand());
        byName.put("export", () -> new ExportCommand());
        byName.put("approve", () -> new ApproveCommand());
        byName.put("reject", () -> new RejectCommand());
        byName.put("pending", () -> new PendingCommand());
        byName.put("score", () -> new ScoreCommand());
        byName.put("check", () -> new CheckCommand());
        byName.put("uncheck", () -> new UncheckCommand());
        byName.put("claim", () -> new ClaimCommand());
        byName.put("release", () -> new ReleaseCommand());
        byName.put("undo", () -> new UndoCommand());
        byName.put("redo", () -> new RedoCommand());
        byName.put("check-store", () -> new CheckStoreCommand());
        byName.put("recover", () -> new RecoverCommand());
        byName.put("copy-store", () -> new CopyStoreCommand());
        return java.util.Collections.unmodifiableMap(byName);
    }
}
