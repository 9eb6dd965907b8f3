package com.copydesk.export;

import com.copydesk.interchange.DraftJson;
import com.copydesk.model.ChecklistItem;
import com.copydesk.model.Draft;
import com.copydesk.model.ExportRow;
import com.copydesk.model.ReviewState;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.Scores;
import com.copydesk.model.StoredDraft;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON line written from the stored document as it is must be the line that parsing the draft
 * and writing it again gives, byte for byte, whatever the draft holds; where the editor changed
 * what the line shows (scores, the checklist's items) or the draft has a {@code review} field of
 * its own, the stored form is not used.
 */
class StoredJsonLinesTest {
    private final DraftJson json = new DraftJson();
    private final JsonLinesRenderer renderer = new JsonLinesRenderer(json);

    /** Drafts whose text tries to confuse a scan of the stored document. */
    private static final List<String> TRICKY = List.of(
            """
            {"reference":"r-1","title":"a \\"quoted\\" title, with \\\\ and \\",\\"checklist\\":[\\"x\\"]","body":"line\\nnext\\t\\u0001\\u001f \\u2028 é 日本 \\ud83d\\ude00 \\"q\\" \\\\ </script>","checklist":["one","two"]}""",
            """
            {"reference":"r-2","title":"nested checklist","body":"b","flags":{"ai_generated_style":1,"checklist":["not","top"]},"ai_outline":{"checklist":"a string"}}""",
            """
            {"reference":"r-3","title":"unknown fields","body":"b","zeta":{"a":[1,2.5,{"b":null}],"c":true},"alpha":-3e10,"empty":[],"o":{}}""",
            """
            {"reference":"r-4","title":"x","body":"y","checklist":[]}""",
            """
            {"reference":"r-5","title":"t","body":"b","score":{"quality":80,"clarity":12},"revision":{"status":"draft","version":"1.2","last_reviewed":"2025-01-02"}}""");

    @Test
    void aDraftTheEditorLeftAsItCameIsWrittenFromItsStoredFormsWithTheSameBytes() throws Exception {
        List<String> drafts = new java.util.ArrayList<>(TRICKY);
        drafts.add(Files.readString(Path.of("resources/samples/alphanode-004623.json"), StandardCharsets.UTF_8));
        for (String text : drafts) {
            Draft draft = json.parse(text);
            ReviewState fresh = ReviewState.fresh(draft);
            ReviewState decided = new ReviewState(ReviewStatus.APPROVED, "fine \"really\"\n",
                    Instant.parse("2026-12-07T10:11:12.345Z"), "a note, with \"quotes\" and \\ ",
                    Scores.EMPTY, fresh.checklist().stream().map(item -> new ChecklistItem(item.text(), true)).toList());
            for (ReviewState review : List.of(fresh, decided)) {
                byte[] stored = renderer.renderStored(row(draft, review));
                assertThat(stored).as("written from its stored forms: %s", draft.reference()).isNotNull();
                assertThat(new String(stored, StandardCharsets.UTF_8))
                        .isEqualTo(new String(renderer.render(stored(draft, review)), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void whatTheEditorChangedInTheDraftOrItsOwnReviewFieldIsWrittenByParsingIt() throws Exception {
        Draft draft = json.parse(TRICKY.get(0));
        ReviewState fresh = ReviewState.fresh(draft);
        ReviewState scored = new ReviewState(ReviewStatus.PENDING, null, null, null, new Scores(42, null, null, null),
                fresh.checklist());
        ReviewState otherItems = new ReviewState(ReviewStatus.PENDING, null, null, null, Scores.EMPTY,
                List.of(new ChecklistItem("one", false)));
        Draft noChecklist = json.parse(TRICKY.get(2));
        ReviewState itemsAdded = new ReviewState(ReviewStatus.PENDING, null, null, null, Scores.EMPTY,
                List.of(new ChecklistItem("added", false)));
        Draft ownReview = json.parse("{\"reference\":\"r-9\",\"title\":\"t\",\"body\":\"b\",\"review\":{\"by\":\"alice\"}}");

        assertThat(renderer.renderStored(row(draft, scored))).isNull();
        assertThat(renderer.renderStored(row(draft, otherItems))).isNull();
        assertThat(renderer.renderStored(row(noChecklist, itemsAdded))).isNull();
        assertThat(renderer.renderStored(row(ownReview, ReviewState.fresh(ownReview)))).isNull();
        // and the line the export then writes carries the change
        assertThat(new String(renderer.render(stored(draft, scored)), StandardCharsets.UTF_8))
                .contains("\"score\":{\"quality\":42");
    }

    @Test
    void aDocumentThatIsNotTheStoredFormIsNotCopied() {
        for (String document : List.of("{\"title\":\"t\",\"reference\":\"r\"}", "{\"reference\":\"r\"}",
                "{\"reference\":\"r\",\"title\":\"t\",\"body\":\"b\"}", "{\"reference\":\"r\",\"title\":\"t\"} ",
                "{\"reference\":\"r\",\"ti\\u0074le\":\"t\"}", "{\"reference\":\"r\",\"title\":\"t\"",
                "{\"reference\":\"r\",\"title\":\"t\",\"checklist\":[],\"checklist\":[]}")) {
            assertThat(StoredDocument.scan(document)).as(document).isNull();
        }
        StoredDocument shape = StoredDocument.scan("{\"reference\":\"r\",\"title\":\"t\\\"}\",\"x\":{\"review\":1},"
                + "\"checklist\":[\"a]\"],\"n\":1}");
        assertThat(shape).isNotNull();
        assertThat(shape.titleEnd()).isEqualTo("{\"reference\":\"r\",\"title\":\"t\\\"}\"".length());
        assertThat(shape.hasReview()).isFalse();
    }

    private ExportRow row(Draft draft, ReviewState review) {
        Scores imported = draft.scoreOrEmpty();
        return new ExportRow(1, draft.reference(), json.toJson(draft, false).getBytes(StandardCharsets.UTF_8),
                draft.body().getBytes(StandardCharsets.UTF_8),
                new Scores(imported.quality(), imported.freshness(), imported.depth(), imported.clarity()), review,
                List.of(), "s");
    }

    private static StoredDraft stored(Draft draft, ReviewState review) {
        return new StoredDraft(1, draft, review, List.of(), Instant.EPOCH, Instant.EPOCH);
    }
}
