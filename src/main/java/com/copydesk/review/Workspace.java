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

    /**
     * Whether the drafts' flags are known to follow the rule file in force, told without loading
     * the rules; false means only "unknown": ask {@link ReviewRules#needsReflag()}.
     */
    boolean flagsFollowRuleFile();

    /** Records that the flags follow the rule file in force; call after {@link ReviewRules#needsReflag()} said so. */
    void recordFlagsFollowRuleFile();

    ReviewActions actions();

    /** Who the actions are recorded for: the editor named at start, else the operating-system user. */
    String editor();

    /** Makes {@code editor} the one who acts from now on ({@code --editor}, the window's preferences). */
    void actAs(String editor);

    /** The store's schema version (which migrations ran), as Help › About shows it; reads the store. */
    int schemaVersion();

    SavedViews savedViews();
    ExportDrafts exports();

    /**
     * Copies this whole store into {@code target} (a file or a team store's address), which must
     * be new or hold no draft; claims are not copied. The store itself is only read.
     */
    com.copydesk.model.CopySummary copyStoreTo(Path target, TaskMonitor monitor);

    /**
     * Runs {@code action}, a native file dialog, with the store closed in this process (see
     * {@code Store.whileClosed}: such a dialog would otherwise drop the store's locks); false,
     * without running it, when the store's work in progress does not pause within a few seconds.
     */
    boolean withStoreClosed(Runnable action);

    @Override
    void close();
}
