package com.copydesk.ui.export;

import java.io.IOException;
import java.nio.file.Path;

/** Shows a folder in the system's file manager, where there is one. */
public interface FolderOpener {
    boolean available();

    /** May block while the file manager starts: call it off the FX thread. */
    void open(Path folder) throws IOException;
}
