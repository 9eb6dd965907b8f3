package com.copydesk.app;

import com.copydesk.ui.DeskApplication;
import com.copydesk.ui.DeskLaunch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens the window; kept apart so that the command line never loads JavaFX classes. */
final class DesktopLauncher {
    private static final Logger LOG = Logger.getLogger(DesktopLauncher.class.getName());

    private DesktopLauncher() {
    }

    static void launch(AppPaths paths, Path store) {
        launch(paths, store, List.of());
    }

    /** Shows the window until it is closed; when it cannot open at all (no display), says so and exits. */
    static void launch(AppPaths paths, Path store, List<Path> importOnOpen) {
        Clock clock = Clock.systemDefaultZone();
        try {
            DeskApplication.launch(new DeskLaunch(store, file -> Copydesk.open(file, clock), paths.settingsFile(),
                    Logging.logFile(), importOnOpen));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot open the window", e);
            System.err.println("Copydesk cannot open its window: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".");
            System.err.println("Commands run without a display: copydesk --help lists them.");
            if (Logging.logFile() != null) {
                System.err.println("Details are in " + Logging.logFile());
            }
            System.exit(1);
        }
    }
}
