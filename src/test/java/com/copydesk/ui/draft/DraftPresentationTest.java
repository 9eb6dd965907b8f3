package com.copydesk.ui.draft;

import com.copydesk.model.ChecklistItem;
import com.copydesk.model.Draft;
import com.copydesk.model.DraftBuilder;
import com.copydesk.model.ReviewState;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Scores;
import com.copydesk.model.StoredDraft;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the draft pane shows of a draft's head and scores, without a window. */
class DraftPresentationTest {
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    private static StoredDraft stored(Draft draft, ReviewState review) {
        return new StoredDraft(7, draft, review, List.of(), AT, AT);
    }

    private static Draft draft(String topic, String difficulty, Scores scores) {
        return new DraftBuilder().reference("ref-1").title("Caching\u200b for services").topic(topic)
                .difficulty(difficulty).score(scores).checklist(List.of("measure")).build();
    }

    @Test
    void aPendingDraftWithoutEditsShowsItsImportedScoresAndNoReason() {
        Draft draft = draft("caching", "", new Scores(82, 88, 64, null));
        DraftPresentation shows = DraftPresentation.of(stored(draft, ReviewState.fresh(draft)));

        assertThat(shows.status()).isEqualTo("Pending");
        assertThat(shows.statusStyle()).isEqualTo("status-pending");
        assertThat(shows.reason()).isEmpty();
        assertThat(shows.canApprove()).isTrue();
        assertThat(shows.canSendBack()).as("pending already").isFalse();
        assertThat(shows.title()).as("the hidden character made visible").isNotEqualTo(draft.title()).contains("Caching");
        assertThat(shows.meta()).as("no empty difficulty").isEqualTo("ref-1  \u00b7  caching");
        assertThat(shows.scores()).extracting(DraftPresentation.ScoreRow::score).containsExactly(ScoreName.values());
        assertThat(shows.scores().get(0)).isEqualTo(new DraftPresentation.ScoreRow(ScoreName.QUALITY, "82", 82, false));
        assertThat(shows.scores().get(3)).as("no imported clarity")
                .isEqualTo(new DraftPresentation.ScoreRow(ScoreName.CLARITY, "\u2014", 0, false));
        assertThat(shows.checklistRows()).isEqualTo(1);
        assertThat(shows.note()).isEmpty();
    }

    @Test
    void aRejectedDraftShowsItsReasonWhenAndTheEditorsScores() {
        Draft draft = draft("caching", "advanced", new Scores(82, 88, 64, 70));
        ReviewState review = new ReviewState(ReviewStatus.REJECTED, "thin", Instant.parse("2026-11-25T10:05:00.123Z"),
                "check the intro", new Scores(null, null, 90, null),
                Collections.nCopies(12, new ChecklistItem("item", false)));
        DraftPresentation shows = DraftPresentation.of(stored(draft, review));

        assertThat(shows.status()).isEqualTo("Rejected");
        assertThat(shows.reason()).isEqualTo("Reason: thin  decided 2026-11-25 10:05:00 UTC");
        assertThat(shows.canApprove()).isTrue();
        assertThat(shows.canSendBack()).isTrue();
        assertThat(shows.meta()).isEqualTo("ref-1  \u00b7  caching  \u00b7  advanced");
        assertThat(shows.scores().get(2)).as("the editor's depth stands")
                .isEqualTo(new DraftPresentation.ScoreRow(ScoreName.DEPTH, "64", 90, true));
        assertThat(shows.checklistRows()).as("eight in view, the rest scroll").isEqualTo(8);
        assertThat(shows.note()).isEqualTo("check the intro");
    }
}
