package com.copydesk.ui.draft;

import com.copydesk.model.Draft;
import com.copydesk.model.ReviewState;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.ScoreName;
import com.copydesk.model.StoredDraft;
import com.copydesk.ui.common.VisibleText;

import java.util.Arrays;
import java.util.List;

/**
 * What the draft pane shows of a draft's head and scores, worked out without JavaFX (and so tested
 * without a window): the pane's {@code show} only puts these values into its controls.
 *
 * @param status          the status as a word ("Pending")
 * @param statusStyle     the style class of the status badge
 * @param reason          the reason and the time of the decision, "" when there is neither
 * @param canApprove      whether Approve is enabled (not when approved already)
 * @param canSendBack     whether Pending is enabled (not when pending already)
 * @param title           the title, its hidden characters made visible
 * @param meta            reference, topic and difficulty on one line
 * @param scores          a row per score, in {@link ScoreName}'s order
 * @param checklistRows   how many checklist rows the list is tall (one to eight; more scroll)
 * @param note            the stored note, "" for none
 */
public record DraftPresentation(String status, String statusStyle, String reason, boolean canApprove,
                                boolean canSendBack, String title, String meta, List<ScoreRow> scores,
                                int checklistRows, String note) {
    /** At most this many checklist items in view without an inner scrollbar. */
    static final int CHECKLIST_ROWS_IN_VIEW = 8;

    public DraftPresentation {
        scores = List.copyOf(scores);
    }

    /**
     * One score's row: the imported score ("—" for none), the value its editor shows (the editor's
     * own, else the imported one, else 0) and whether the editor's own stands (then reset is enabled).
     */
    public record ScoreRow(ScoreName score, String imported, int value, boolean edited) {
    }

    public static DraftPresentation of(StoredDraft draft) {
        ReviewStatus current = draft.status();
        ReviewState review = draft.review();
        String decided = review.decidedAt() == null ? "" : "decided " + review.decidedAt().toString().replace('T', ' ')
                .replaceAll("\\.\\d+Z|Z", " UTC");
        String because = review.statusReason() == null ? "" : "Reason: " + review.statusReason() + "  ";
        Draft shown = draft.current();
        String meta = VisibleText.of(shown.reference())
                + (shown.topic() == null || shown.topic().isBlank() ? "" : "  \u00b7  " + shown.topic())
                + (shown.difficulty() == null || shown.difficulty().isBlank() ? "" : "  \u00b7  " + shown.difficulty());
        List<ScoreRow> scores = Arrays.stream(ScoreName.values()).map(score -> {
            Integer importedScore = draft.imported().scoreOrEmpty().get(score);
            Integer editorScore = review.editorScores().get(score);
            Integer value = editorScore != null ? editorScore : importedScore;
            return new ScoreRow(score, importedScore == null ? "\u2014" : importedScore.toString(),
                    value == null ? 0 : value, editorScore != null);
        }).toList();
        return new DraftPresentation(capitalised(current.key()), "status-" + current.key(), because + decided,
                current != ReviewStatus.APPROVED, current != ReviewStatus.PENDING, VisibleText.of(shown.title()), meta,
                scores, Math.max(1, Math.min(CHECKLIST_ROWS_IN_VIEW, review.checklist().size())),
                review.note() == null ? "" : review.note());
    }

    static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase() + text.substring(1);
    }
}
