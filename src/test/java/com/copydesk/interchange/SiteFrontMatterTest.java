package com.copydesk.interchange;

import com.copydesk.model.Draft;
import com.copydesk.model.ReviewState;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.Revision;
import com.copydesk.model.Scores;
import com.copydesk.model.StoredDraft;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SiteFrontMatterTest {
    private static final Instant DECIDED = Instant.parse("2026-11-20T09:30:15.250Z");
    private final Draft draft = Draft.of("r1", "Title", "Body").toBuilder()
            .revision(new Revision("expanded", "1.0", LocalDate.of(2025, 7, 1), Map.of()))
            .topic("databases").summary("In short.")
            .stack(List.of("python services", "python")).tools(List.of("git", "python")).build();

    private static StoredDraft stored(Draft draft, ReviewStatus status, Instant decidedAt) {
        return new StoredDraft(1, draft, new ReviewState(status, null, decidedAt, null, Scores.EMPTY, List.of()),
                List.of(), DECIDED, DECIDED);
    }

    @Test
    void theSiteKeysComeFromTheDraftAndItsDecision() {
        Map<String, Object> keys = SiteFrontMatter.siteKeys(stored(draft, ReviewStatus.APPROVED, DECIDED), "title-1a2b",
                LocalDate.of(2026, 12, 1));
        assertThat(keys).containsExactly(Map.entry("title", "Title"),
                Map.entry("date", "2026-11-20T09:30:15Z"),
                Map.entry("lastmod", "2025-07-01"),
                Map.entry("tags", List.of("python services", "python", "git")),
                Map.entry("categories", List.of("databases")),
                Map.entry("summary", "In short."), Map.entry("description", "In short."),
                Map.entry("draft", false), Map.entry("slug", "title-1a2b"));
    }

    @Test
    void aReviewDateAheadOfTheDecisionIsNeverALastmodInTheFuture() {
        Draft ahead = draft.toBuilder().revision(new Revision(null, null, LocalDate.of(2027, 3, 1), Map.of())).build();
        assertThat(SiteFrontMatter.siteKeys(stored(ahead, ReviewStatus.APPROVED, DECIDED), "s", LocalDate.of(2026, 12, 1)))
                .containsEntry("lastmod", "2026-11-20");
        Map<String, Object> pending = SiteFrontMatter.siteKeys(stored(ahead, ReviewStatus.PENDING, null), "s",
                LocalDate.of(2026, 12, 1));
        assertThat(pending).as("undecided: no date, the export's day bounds lastmod, and a draft to the site")
                .doesNotContainKey("date").containsEntry("lastmod", "2026-12-01").containsEntry("draft", true);
    }

    @Test
    void aDraftsOwnFieldsNamedLikeSiteKeysNeverBecomeSiteKeys() {
        Draft own = draft.toBuilder().extra("draft", true).extra("url", "/elsewhere/").extra("slug", "taken")
                .extra("publishDate", "2099-01-01").build();
        Map<String, Object> keys = SiteFrontMatter.siteKeys(stored(own, ReviewStatus.APPROVED, DECIDED), "mine", LocalDate.of(2026, 12, 1));
        assertThat(keys).containsEntry("draft", false).containsEntry("slug", "mine").doesNotContainKeys("url", "publishDate");
    }

    @Test
    void anExportIsKnownByTheDraftUnderParams() {
        assertThat(SiteFrontMatter.isExport(Map.of("params", Map.of("reference", "r1", "title", "T")))).isTrue();
        assertThat(SiteFrontMatter.isExport(Map.of("params", Map.of("color", "red")))).as("a site's own params").isFalse();
        assertThat(SiteFrontMatter.isExport(Map.of("params", Map.of("reference", "https://x.org/", "title", "T"))))
                .isFalse();
    }

    @Test
    void anExportWrittenBeforeParamsReadsBackAsTheDraft() {
        Draft read = draft.toBuilder().extra("date", "2025-07-01").extra("tags", List.of("python services", "python", "git"))
                .extra("draft", false).extra("other", 1L).build();
        assertThat(SiteFrontMatter.withoutDerived(read)).isEqualTo(draft.toBuilder().extra("other", 1L).build());

        Draft own = draft.toBuilder().extra("tags", List.of("mine")).extra("draft", true).build();
        assertThat(SiteFrontMatter.withoutDerived(own)).isEqualTo(own);

        Draft replaced = draft.toBuilder().extra("date", "2025-07-01").extra("draft", false)
                .extra(SiteFrontMatter.REPLACED, Map.of("tags", List.of("mine"), "draft", true)).build();
        assertThat(SiteFrontMatter.withoutDerived(replaced).extra()).containsOnlyKeys("tags", "draft")
                .containsEntry("tags", List.of("mine")).containsEntry("draft", true);
    }
}
