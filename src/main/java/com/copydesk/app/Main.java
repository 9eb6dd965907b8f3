package com.copydesk.app;

import com.copydesk.cli.Cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The launcher: with no command it opens the window, with a command it runs headless, with draft
 * files (as a desktop entry passes them) it opens the window and imports them. It is not the
 * JavaFX {@code Application}, so that a plain {@code java -jar} can start either face.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.system();
        Logging.configure(paths.logFolder());
        if (Cli.wantsWindow(args)) {
            NativeSqlite.useCachedCopy(paths.nativeFolder());
            DesktopLauncher.launch(paths, Cli.storeOption(args));
            return;
        }
        var open = OpenFiles.parse(args); // `copydesk DRAFTS...`, as a desktop entry opens files
        if (open.isPresent()) {
            NativeSqlite.useCachedCopy(paths.nativeFolder());
            DesktopLauncher.launch(paths, open.get().db(), open.get().files());
            return;
        }
        // Drafts are UTF-8 whatever the platform's default charset says.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        Clock clock = Clock.systemDefaultZone();
        int status = new Cli(paths::store, store -> {
            NativeSqlite.useCachedCopy(paths.nativeFolder()); // here: --version, --help and mistakes open no store
            return Copydesk.openForCommand(store, clock);
        }, store -> {
            NativeSqlite.useCachedCopy(paths.nativeFolder());
            return Copydesk.openForReading(store, clock);
        }, paths.logFolder()).run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
