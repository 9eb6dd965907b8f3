package com.copydesk.ui;

import com.copydesk.review.Workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * What the window needs from the process that starts it.
 *
 * @param store        the store to open
 * @param opener       opens a workspace on a store (the wiring place provides it)
 * @param settingsFile where the window keeps its size, splits and columns
 * @param logFile      the log, named in error dialogs; may be null
 * @param importOnOpen draft files to import once the window shows (opened from a file manager)
 */
public record DeskLaunch(Path store, Function<Path, Workspace> opener, Path settingsFile, Path logFile,
                         List<Path> importOnOpen) {
    public DeskLaunch {
        importOnOpen = importOnOpen == null ? List.of() : List.copyOf(importOnOpen);
    }

    public DeskLaunch(Path store, Function<Path, Workspace> opener, Path settingsFile, Path logFile) {
        this(store, opener, settingsFile, logFile, List.of());
    }
}
