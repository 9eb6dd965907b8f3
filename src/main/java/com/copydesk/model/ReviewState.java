package com.copydesk.model;

import java.time.Instant;
import java.util.List;

/**
 * The editor's side of a draft: the decision, the editor's own scores (a null score means the
 * imported one stands), the checklist with its ticks and a free note.
 */
public record ReviewState(ReviewStatus status, String statusReason, Instant decidedAt, String note,
                          Scores editorScores, List<ChecklistItem> checklist) {
    public ReviewState {
        editorScores = editorScores == null ? Scores.EMPTY : editorScores;
        checklist = List.copyOf(checklist);
    }

    public static ReviewState fresh(Draft draft) {
        return new ReviewState(ReviewStatus.PENDING, null, null, null, Scores.EMPTY,
                draft.checklistOrEmpty().stream().map(item -> new ChecklistItem(item, false)).toList());
    }

    public long checklistDone() {
        return checklist.stream().filter(ChecklistItem::done).count();
    }
}
