package com.copydesk.ui.review;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.review.ReviewActions;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the bulk dialog needs of the desk: which drafts it may act on, and the two commands it
 * gives. The desk's view model answers; the dialog knows nothing else of the window.
 */
public interface BulkCommands {
    /** The rows selected in the queue, at the moment the dialog opens. */
    List<DraftRow> selectedRows();

    /** How many drafts match the filter in force. */
    long matches();

    /** Whether the search box says something that has not run yet (the queue shows the last search). */
    boolean searchPending();

    /** The filter in force. */
    DraftFilter currentFilter();

    /** Counts what a bulk action would touch; {@code show} gets the preview on the FX thread. */
    void preview(ReviewActions.Target target, Consumer<ReviewActions.Preview> show);

    /** Runs a confirmed bulk action on exactly the drafts of its preview. */
    void runBulk(BulkRequest request, ReviewActions.Preview preview);
}
