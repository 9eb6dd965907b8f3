package com.copydesk.interchange;

import com.copydesk.model.ChecklistItem;
import com.copydesk.model.Draft;
import com.copydesk.model.ReviewState;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.Scores;
import com.copydesk.model.StoredDraft;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Copydesk's review object is recognised on the way in, so that exports read back as the same drafts. */
class ReviewJsonTest {
    private final DraftJson json = new DraftJson();

    private String withReview(StoredDraft stored) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.factory().createGenerator(out)) {
            ReviewJson.writeDocument(json, g, stored, false, ReviewJson.MoreFields.NONE);
        }
        return out.toString();
    }

    private static StoredDraft stored(Draft draft) {
        ReviewState review = new ReviewState(ReviewStatus.APPROVED, null, Instant.parse("2026-11-25T10:00:00Z"),
                "fine", new Scores(70, null, null, null), List.of(new ChecklistItem("check", true)));
        return new StoredDraft(1, draft, review, List.of(), Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void copydesksReviewObjectIsNotKeptAsAFieldOfTheDraft() throws Exception {
        Draft draft = Draft.of("r1", "Title", "Body").toBuilder().checklist(List.of("check")).extra("custom", 1L).build();
        String line = withReview(stored(draft));
        assertThat(line).contains("\"review\":{\"status\":\"approved\"");

        Draft read = json.parse(line);
        assertThat(read.extra()).containsOnlyKeys("custom");
        assertThat(read).isEqualTo(stored(draft).current());
    }

    @Test
    void aDraftsOwnReviewFieldTravelsInsideCopydesksObjectAndComesBack() throws Exception {
        Draft draft = Draft.of("r1", "Title", "Body").toBuilder().extra("review", Map.of("by", "generator")).build();
        String line = withReview(stored(draft));
        assertThat(line).containsOnlyOnce("\"review\"");

        assertThat(json.parse(line).extra()).containsEntry("review", Map.of("by", "generator"));
        assertThat(json.parse(line)).isEqualTo(stored(draft).current());
    }

    @Test
    void aForeignReviewValueIsKeptAsTheFormatRequires() throws Exception {
        assertThat(json.parse("{\"reference\":\"r\",\"title\":\"t\",\"body\":\"b\",\"review\":\"done by Ann\"}").extra())
                .containsEntry("review", "done by Ann");
        assertThat(json.parse("{\"reference\":\"r\",\"title\":\"t\",\"body\":\"b\",\"review\":{\"status\":\"ok\"}}")
                .extra()).containsEntry("review", Map.of("status", "ok"));
    }

    @Test
    void aStaleReviewObjectKeptByAnOlderCopydeskIsNeitherWrittenTwiceNorCarried() throws Exception {
        Draft draft = Draft.of("r1", "Title", "Body").toBuilder()
                .extra("review", Map.of("status", "pending", "checklist", List.of())).build();
        String line = withReview(stored(draft));
        assertThat(line).containsOnlyOnce("\"review\"").doesNotContain("draft_field");
        assertThat(json.parse(line).extra()).isEmpty();
    }
}
