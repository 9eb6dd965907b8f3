package com.copydesk.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logs go to {@code copydesk.N.log} in the log folder, five files of at most 2 MB each, rotated;
 * nothing is logged to the console, which belongs to the command's output. A second Copydesk
 * running at the same time logs to {@code copydesk.N.log.1} (the file handler's own rule), and
 * {@link #logFile()} names the file this process really writes.
 */
public final class Logging {
    private static final String PATTERN = "copydesk.%g.log";
    /** How many Copydesk processes at once are looked for when telling which log file is ours. */
    private static final int MAX_INSTANCES = 100;
    private static volatile Path logFile;
    @SuppressWarnings("unused") // held, never closed: see ownLogFile
    private static FileChannel ownLockProbe;

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
            Handler file = new FileHandler(folder.resolve(PATTERN).toString(), 2 * 1024 * 1024, 5, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
            logFile = ownLogFile(folder);
        } catch (IOException | SecurityException e) {
            // Without a writable log folder Copydesk still works; it just cannot keep a log.
            logFile = null;
        }
    }

    /** The current log file, for messages that point the user at it; null when there is none. */
    public static Path logFile() {
        return logFile;
    }

    /**
     * The file handler writes {@code copydesk.0.log}, or {@code copydesk.0.log.U} when another
     * process holds that one, and holds a lock on the name plus {@code .lck}. The lock this JVM
     * holds is the one that a lock attempt from this JVM finds overlapping.
     */
    static Path ownLogFile(Path folder) {
        String first = PATTERN.replace("%g", "0");
        for (int unique = 0; unique < MAX_INSTANCES; unique++) {
            String name = unique == 0 ? first : first + "." + unique;
            Path lock = folder.resolve(name + ".lck");
            if (!Files.exists(lock)) {
                continue;
            }
            FileChannel channel = null;
            try {
                channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                FileLock probe = channel.tryLock();
                if (probe != null) {
                    probe.release(); // a lock file left by a process that is gone
                }
            } catch (OverlappingFileLockException ours) {
                // Closing a channel on a file releases every lock the process holds on it (POSIX
                // record locks), the file handler's too; so this one stays open for good.
                ownLockProbe = channel;
                return folder.resolve(name);
            } catch (IOException e) {
                // not ours to judge: go on
            }
            closeQuietly(channel);
        }
        return folder.resolve(first);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was written through it
            }
        }
    }
}
