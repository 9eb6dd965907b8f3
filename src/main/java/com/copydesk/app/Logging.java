package com.copydesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logs go to {@code copydesk.N.log} in the log folder, five files of at most 2 MB each, rotated;
 * nothing is logged to the console, which belongs to the command's output.
 */
public final class Logging {
    private static volatile Path logFile;

    private Logging() {
    }

    public static synchronized void configure(Path folder) {
        if (logFile != null) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(folder);
            Handler file = new FileHandler(folder.resolve("copydesk.%g.log").toString(), 2 * 1024 * 1024, 5, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
            logFile = folder.resolve("copydesk.0.log");
        } catch (IOException | SecurityException e) {
            // Without a writable log folder Copydesk still works; it just cannot keep a log.
            logFile = null;
        }
    }

    /** The current log file, for messages that point the user at it; null when there is none. */
    public static Path logFile() {
        return logFile;
    }
}
