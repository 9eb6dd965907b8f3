package com.copydesk.app;

import com.copydesk.ui.DeskApplication;
import com.copydesk.ui.DeskLaunch;
import com.copydesk.ui.common.WindowSettings;
import com.copydesk.ui.preferences.Preferences;

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

    static void launch(AppPaths paths, Path explicitStore) {
        launch(paths, explicitStore, List.of());
    }

    /**
     * Shows the window until it is closed; when it cannot open at all (no display), says so and exits.
     *
     * @param explicitStore {@code --db}, or null for the environment's, the preferences' or the data folder's store
     */
    static void launch(AppPaths paths, Path explicitStore, List<Path> importOnOpen) {
        Clock clock = Clock.systemDefaultZone();
        Path store = paths.store(explicitStore, new Preferences(new WindowSettings(paths.settingsFile())).defaultStore()
                .orElse(null));
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
