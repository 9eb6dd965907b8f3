package com.copydesk.model;

import java.util.List;
import java.util.Set;

/** Which drafts an export writes: those a filter matches, or the ones named by reference. */
public sealed interface ExportScope {

    /** The drafts of a filter, e.g. approved ones or the window's current view. */
    record Matching(DraftFilter filter) implements ExportScope {
    }

    /** The drafts with these references, e.g. the window's selection. */
    record Named(List<String> references) implements ExportScope {
        public Named {
            references = List.copyOf(references);
        }
    }

    /** What an export writes unless told otherwise. */
    static ExportScope approved() {
        return new Matching(DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.APPROVED)));
    }

    static ExportScope everyDraft() {
        return new Matching(DraftFilter.ALL);
    }
}
