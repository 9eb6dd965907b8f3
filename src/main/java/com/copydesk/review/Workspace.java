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

    @Override
    void close();
}
