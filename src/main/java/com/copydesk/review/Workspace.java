package com.copydesk.review;

import java.nio.file.Path;

/**
 * What one open store offers the window and the command line: its use cases. The wiring place
 * ({@code app}) builds it; the faces above only see this interface.
 */
public interface Workspace extends AutoCloseable {
    Path storePath();

    ImportDrafts imports();

    DraftQueries queries();

    DraftDocument documents();

    ReviewRules rules();

    ReviewActions actions();

    SavedViews savedViews();
    ExportDrafts exports();

    /**
     * Runs {@code action}, a native file dialog, with the store closed in this process (see
     * {@code Store.whileClosed}: such a dialog would otherwise drop the store's locks); false,
     * without running it, when the store's work in progress does not pause within a few seconds.
     */
    boolean withStoreClosed(Runnable action);

    @Override
    void close();
}
