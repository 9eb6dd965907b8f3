package com.copydesk.model;

import java.time.Instant;
import java.util.List;

/** A draft as the store holds it: what was imported, the editor's state and the rules' findings. */
public record StoredDraft(long id, Draft imported, ReviewState review, List<Finding> findings,
                          Instant importedAt, Instant updatedAt) {
    /** The findings most severe first ({@link Finding#MOST_SEVERE_FIRST}), the order every view shows them in. */
    public StoredDraft {
        findings = findings.stream().sorted(Finding.MOST_SEVERE_FIRST).toList();
    }

    /** The draft as it stands after the editor's changes: their scores and their checklist. */
    public Draft current() {
        Draft draft = withEditorScores();
        List<String> items = review.checklist().stream().map(ChecklistItem::text).toList();
        if (draft.checklist() != null || !items.isEmpty()) {
            draft = draft.withChecklist(items);
        }
        return draft;
    }

    /**
     * The draft as generated, with the editor's scores: what the rules judge. (The editor's
     * checklist is theirs to confirm, not the generator's metadata, so it is left out.)
     */
    public Draft withEditorScores() {
        if (review.editorScores().isEmpty()) {
            return imported;
        }
        Scores base = imported.score() == null ? Scores.EMPTY : imported.score();
        return imported.withScore(base.overriddenBy(review.editorScores()));
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
