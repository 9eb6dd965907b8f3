package com.copydesk.review;

import com.copydesk.model.ImportTimeline;
import com.copydesk.model.Overview;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.RuleCount;
import com.copydesk.model.ScoreHistogram;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Severity;
import com.copydesk.support.KnownDrafts;
import com.copydesk.support.TempDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview's figures on a store whose every draft, score, decision and finding is known ({@link KnownDrafts}). */
class OverviewQueryTest {
    @RegisterExtension
    final TempDesk temp = new TempDesk("2026-11-20T09:00:00Z", KnownDrafts::open);

    private void sixKnownDrafts() {
        KnownDrafts.fill(temp.desk(), temp.clock(), temp.dir());
    }

    private void importAt(String instant, String... drafts) {
        KnownDrafts.importAt(temp.desk(), temp.clock(), temp.dir(), instant, drafts);
    }

    private static List<Long> bins(long... counts) {
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    @Test
    void countsEachScoreInTenBinsWithTheEditorsScoreFirst() {
        sixKnownDrafts();
        Overview overview = temp.desk().queries().overview(ZoneOffset.UTC);

        assertThat(overview.drafts()).isEqualTo(6);
        assertThat(overview.scores().get(ScoreName.QUALITY))
                .isEqualTo(new ScoreHistogram(bins(1, 1, 0, 0, 1, 0, 1, 0, 0, 1), 1));
        assertThat(overview.scores().get(ScoreName.FRESHNESS))
                .isEqualTo(new ScoreHistogram(bins(0, 0, 0, 0, 0, 0, 0, 1, 0, 4), 1));
        assertThat(overview.scores().get(ScoreName.DEPTH))
                .isEqualTo(new ScoreHistogram(bins(1, 0, 0, 0, 0, 0, 0, 2, 0, 1), 2));
        assertThat(overview.scores().get(ScoreName.CLARITY))
                .isEqualTo(new ScoreHistogram(bins(1, 0, 0, 0, 0, 0, 0, 0, 1, 2), 2));
        for (ScoreHistogram histogram : overview.scores().values()) {
            assertThat(histogram.scored() + histogram.withoutScore()).isEqualTo(overview.drafts());
        }
    }

    @Test
    void countsDraftsByStatusAndByRule() {
        sixKnownDrafts();
        Overview overview = temp.desk().queries().overview(ZoneOffset.UTC);

        assertThat(overview.byStatus()).containsExactly(java.util.Map.entry(ReviewStatus.PENDING, 3L),
                java.util.Map.entry(ReviewStatus.APPROVED, 2L), java.util.Map.entry(ReviewStatus.REJECTED, 1L));
        // low-score: r1 (quality 5, depth 0), r2 (quality 10, clarity 9), r5 (quality 69); most drafts first.
        assertThat(overview.byRule()).containsExactly(
                new RuleCount("low-score", Severity.WARN, 3),
                new RuleCount("suspicious-text", Severity.BLOCK, 2),
                new RuleCount("ai-style", Severity.INFO, 1));
        assertThat(overview.bySeverity()).containsExactly(java.util.Map.entry(Severity.INFO, 1L),
                java.util.Map.entry(Severity.WARN, 2L), java.util.Map.entry(Severity.BLOCK, 2L));
        assertThat(overview.withFindings()).isEqualTo(5);
        assertThat(overview.flagged()).isEqualTo(4);
    }

    @Test
    void countsImportsPerDayOfTheEditorsTimeZone() {
        sixKnownDrafts();
        ImportTimeline utc = temp.desk().queries().overview(ZoneOffset.UTC).imports();
        assertThat(utc.granularity()).isEqualTo(ImportTimeline.Granularity.DAY);
        // Imports on two days three days apart: the seven days up to the last import.
        assertThat(utc.buckets()).containsExactly(
                new ImportTimeline.Bucket(LocalDate.parse("2026-11-16"), 0),
                new ImportTimeline.Bucket(LocalDate.parse("2026-11-17"), 0),
                new ImportTimeline.Bucket(LocalDate.parse("2026-11-18"), 0),
                new ImportTimeline.Bucket(LocalDate.parse("2026-11-19"), 0),
                new ImportTimeline.Bucket(LocalDate.parse("2026-11-20"), 4),
                new ImportTimeline.Bucket(LocalDate.parse("2026-11-21"), 0),
                new ImportTimeline.Bucket(LocalDate.parse("2026-11-22"), 2));
        // 22:30 UTC is the next morning in Tokyo.
        ImportTimeline tokyo = temp.desk().queries().overview(ZoneId.of("Asia/Tokyo")).imports();
        assertThat(tokyo.buckets().subList(4, 7)).extracting(ImportTimeline.Bucket::drafts).containsExactly(3L, 1L, 2L);
        assertThat(tokyo.total()).isEqualTo(6);
    }

    @Test
    void anUpdatedDraftStaysOnTheDayItWasFirstImported() {
        importAt("2026-11-20T09:00:00Z", KnownDrafts.draft("r1", 80, 80, 80, 80));
        importAt("2026-11-23T09:00:00Z", KnownDrafts.draft("r1", 50, 80, 80, 80));
        Overview overview = temp.desk().queries().overview(ZoneOffset.UTC);
        assertThat(overview.imports().buckets()).filteredOn(b -> b.drafts() > 0)
                .containsExactly(new ImportTimeline.Bucket(LocalDate.parse("2026-11-20"), 1));
        assertThat(overview.scores().get(ScoreName.QUALITY).bins().get(5)).isEqualTo(1);
    }

    @Test
    void anEmptyStoreHasAnEmptyOverview() {
        Overview overview = temp.desk().queries().overview(ZoneOffset.UTC);
        assertThat(overview.isEmpty()).isTrue();
        assertThat(overview.byStatus().values()).containsOnly(0L);
        assertThat(overview.byRule()).isEmpty();
        assertThat(overview.imports().buckets()).isEmpty();
        assertThat(overview.scores().get(ScoreName.QUALITY)).isEqualTo(ScoreHistogram.EMPTY);
    }

    @Test
    void leavesTheReadingConnectionOutsideATransaction() {
        sixKnownDrafts();
        temp.desk().queries().overview(ZoneOffset.UTC);
        // The read snapshot ends with the overview: a draft imported afterwards is seen.
        importAt("2026-11-22T11:00:00Z", KnownDrafts.draft("r7", 80, 80, 80, 80));
        assertThat(temp.desk().queries().overview(ZoneOffset.UTC).drafts()).isEqualTo(7);
        boolean autoCommit = temp.desk().store().read(c -> c.getAutoCommit());
        assertThat(autoCommit).isTrue();
    }
}
