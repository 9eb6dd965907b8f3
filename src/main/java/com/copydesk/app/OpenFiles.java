package com.copydesk.app;

import com.copydesk.cli.Cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code copydesk [--db FILE] DRAFTS...}: what a desktop entry, a file manager or a file association
 * runs to open draft files. The window opens on the store and imports them. Everything else keeps
 * the launcher's contract: no arguments open the window, a command runs headless, and an argument
 * that is neither a command nor an existing file is a command-line error.
 *
 * @param db    the {@code --db} option, or null
 * @param files the files (or folders) to import, all existing
 */
record OpenFiles(Path db, List<Path> files) {
    static Optional<OpenFiles> parse(String... args) {
        return parse(Path.of("").toAbsolutePath(), args);
    }

    /** As {@link #parse(String...)}, with relative paths taken from {@code workingDir}. */
    static Optional<OpenFiles> parse(Path workingDir, String... args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        Path db = null;
        if (!rest.isEmpty() && rest.get(0).startsWith("--db=")) {
            db = Path.of(rest.remove(0).substring("--db=".length()));
        } else if (rest.size() >= 2 && rest.get(0).equals("--db")) {
            rest.remove(0);
            db = Path.of(rest.remove(0));
        }
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        for (String arg : rest) {
            Path file = toPath(workingDir, arg);
            if (file == null || !Files.exists(file)) {
                return Optional.empty();
            }
            files.add(file.toAbsolutePath().normalize());
        }
        // A file named like a command (`list`) does not turn the command into a file to open.
        if (commands().contains(rest.get(0))) {
            return Optional.empty();
        }
        return Optional.of(new OpenFiles(db, List.copyOf(files)));
    }

    private static Set<String> commands() {
        return Cli.commandNames();
    }

    /** A plain path, or a {@code file:} URI as some file managers pass; null for an option. */
    private static Path toPath(Path workingDir, String arg) {
        if (arg.isEmpty() || arg.startsWith("-")) {
            return null;
        }
        try {
            return arg.startsWith("file:") ? Path.of(URI.create(arg)) : workingDir.resolve(arg);
        } catch (IllegalArgumentException e) { // InvalidPathException too
            return null;
        }
    }
}
