package com.copydesk.ui.review;

import com.copydesk.model.ChecklistRef;
import com.copydesk.model.ScoreName;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.ReviewActions.Outcome;
import com.copydesk.review.TaskMonitor;

/** A bulk action as the editor confirmed it, ready to run on the drafts of its preview. */
public record BulkRequest(Kind kind, boolean includeBlocked, String reason, String item, ScoreName score,
                          Integer value) {

    public enum Kind {
        APPROVE("Approve"), REJECT("Reject"), PENDING("Back to pending"), TICK("Tick a checklist item"),
        UNTICK("Untick a checklist item"), SCORE("Set a score");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static BulkRequest of(Kind kind) {
        return new BulkRequest(kind, false, null, null, null, null);
    }

    public Outcome run(ReviewActions actions, ReviewActions.Target target, TaskMonitor monitor) {
        return switch (kind) {
            case APPROVE -> actions.approve(target, includeBlocked, monitor);
            case REJECT -> actions.reject(target, reason, monitor);
            case PENDING -> actions.reopen(target, monitor);
            case TICK -> actions.setChecked(target, new ChecklistRef(item), true, monitor);
            case UNTICK -> actions.setChecked(target, new ChecklistRef(item), false, monitor);
            case SCORE -> actions.setScore(target, score, value, monitor);
        };
    }
}
