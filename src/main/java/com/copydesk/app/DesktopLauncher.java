package com.copydesk.app;

import com.copydesk.ui.DeskApplication;
import com.copydesk.ui.DeskLaunch;

import java.nio.file.Path;
import java.time.Clock;

/** Opens the window; kept apart so that the command line never loads JavaFX classes. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(AppPaths paths, Path store) {
        Clock clock = Clock.systemDefaultZone();
        DeskApplication.launch(new DeskLaunch(store, file -> Copydesk.open(file, clock), paths.settingsFile(),
                Logging.logFile()));
    }
}
