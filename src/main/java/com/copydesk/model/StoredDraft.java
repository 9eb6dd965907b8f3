package com.copydesk.model;

import java.time.Instant;
import java.util.List;

/** A draft as the store holds it: what was imported, the editor's state and the rules' findings. */
public record StoredDraft(long id, Draft imported, ReviewState review, List<Finding> findings,
                          Instant importedAt, Instant updatedAt) {
    public StoredDraft {
        findings = List.copyOf(findings);
    }

    /** The draft as it stands after the editor's changes: their scores and their checklist. */
    public Draft current() {
        Draft draft = imported;
        if (!review.editorScores().isEmpty()) {
            Scores base = draft.score() == null ? Scores.EMPTY : draft.score();
            draft = draft.withScore(base.overriddenBy(review.editorScores()));
        }
        List<String> items = review.checklist().stream().map(ChecklistItem::text).toList();
        if (draft.checklist() != null || !items.isEmpty()) {
            draft = draft.withChecklist(items);
        }
        return draft;
    }

    public ReviewStatus status() {
        return review.status();
    }

    public String reference() {
        return imported.reference();
    }

    public boolean flagged() {
        return findings.stream().anyMatch(f -> f.severity().flags());
    }
}
