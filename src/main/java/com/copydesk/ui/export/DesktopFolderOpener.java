package com.copydesk.ui.export;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens folders through {@link Desktop}, which asks the platform (Finder, Explorer, the desktop's
 * file manager on Linux). JavaFX's HostServices would need the Application instance, which a
 * dialog opened from anywhere does not have. Without a display, or where the platform offers no
 * way, it is not available and the dialog disables its button.
 */
public final class DesktopFolderOpener implements FolderOpener {
    private Boolean available;

    @Override
    public boolean available() {
        if (available == null) {
            available = !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        }
        return available;
    }

    @Override
    public void open(Path folder) throws IOException {
        Desktop.getDesktop().open(folder.toFile());
    }
}
