package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.model.ImportTimeline;
import com.copydesk.model.Overview;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.RuleCount;
import com.copydesk.model.ScoreHistogram;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Severity;
import com.copydesk.rules.RuleCatalog;
import com.copydesk.support.Decisions;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview's figures on a store whose every draft, score, decision and finding is known. */
class OverviewQueryTest {
    @TempDir
    Path dir;
    private Copydesk desk;
    private MutableClock clock;

    @BeforeEach
    void open() throws Exception {
        // Only low-score judges the drafts (thresholds 70), so that the findings are known.
        Files.writeString(dir.resolve("ov.rules.yaml"), "rules:\n" + RuleCatalog.ids().stream()
                .filter(id -> !id.equals("low-score"))
                .map(id -> "  " + id + ":\n    enabled: false\n").collect(Collectors.joining()));
        clock = MutableClock.at("2026-11-20T09:00:00Z");
        desk = Copydesk.open(dir.resolve("ov.db"), clock);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static String draft(String reference, Integer quality, Integer freshness, Integer depth, Integer clarity) {
        StringBuilder score = new StringBuilder();
        String[] names = {"quality", "freshness", "depth", "clarity"};
        Integer[] values = {quality, freshness, depth, clarity};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                score.append(score.length() == 0 ? "" : ",").append('"').append(names[i]).append("\":").append(values[i]);
            }
        }
        return "{\"reference\":\"" + reference + "\",\"title\":\"Draft " + reference + "\",\"body\":\"Body of "
                + reference + ".\"" + (score.length() == 0 ? "" : ",\"score\":{" + score + "}") + "}";
    }

    private void importAt(String instant, String name, String... drafts) {
        clock.advance(Duration.between(clock.instant(), java.time.Instant.parse(instant)));
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve(name + ".jsonl"), List.of(drafts))), TaskMonitor.NONE);
    }

    private void sixKnownDrafts() {
        importAt("2026-11-20T09:00:00Z", "first",
                draft("r1", 5, 95, 0, 100),
                draft("r2", 10, 90, 70, 9),
                draft("r3", 99, 100, null, null));
        importAt("2026-11-20T22:30:00Z", "late", draft("r4", 100, 100, 100, 100));
        importAt("2026-11-22T10:00:00Z", "third", draft("r5", 69, 70, 79, 80), draft("r6", null, null, null, null));
        // The editor's score counts where they set one: r3's quality is 42, not 99.
        Decisions.sql(desk, "UPDATE draft SET ed_quality = 42 WHERE reference = 'r3'");
        Decisions.approve(desk, clock.instant(), "r1", "r4");
        Decisions.decide(desk, "rejected", clock.instant(), "r2");
        // Two findings of one rule on r2 count it once; r6 has one; r4 an info finding.
        Decisions.sql(desk, "INSERT INTO finding (draft_id, rule, severity, message) SELECT id, 'suspicious-text', "
                + "'block', 'a script tag' FROM draft WHERE reference IN ('r2', 'r6')");
        Decisions.sql(desk, "INSERT INTO finding (draft_id, rule, severity, message) SELECT id, 'suspicious-text', "
                + "'block', 'an iframe' FROM draft WHERE reference = 'r2'");
        Decisions.sql(desk, "INSERT INTO finding (draft_id, rule, severity, message) SELECT id, 'ai-style', "
                + "'info', 'sounds generated' FROM draft WHERE reference = 'r4'");
        Decisions.sql(desk, "UPDATE draft SET severity = 3 WHERE reference IN ('r2', 'r6')");
        Decisions.sql(desk, "UPDATE draft SET severity = 1 WHERE reference = 'r4'");
    }

    private static List<Long> bins(long... counts) {
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    @Test
    void countsEachScoreInTenBinsWithTheEditorsScoreFirst() {
        sixKnownDrafts();
        Overview overview = desk.queries().overview(ZoneOffset.UTC);

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
        Overview overview = desk.queries().overview(ZoneOffset.UTC);

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
        ImportTimeline utc = desk.queries().overview(ZoneOffset.UTC).imports();
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
        ImportTimeline tokyo = desk.queries().overview(ZoneId.of("Asia/Tokyo")).imports();
        assertThat(tokyo.buckets().subList(4, 7)).extracting(ImportTimeline.Bucket::drafts).containsExactly(3L, 1L, 2L);
        assertThat(tokyo.total()).isEqualTo(6);
    }

    @Test
    void anUpdatedDraftStaysOnTheDayItWasFirstImported() {
        importAt("2026-11-20T09:00:00Z", "first", draft("r1", 80, 80, 80, 80));
        importAt("2026-11-23T09:00:00Z", "again", draft("r1", 50, 80, 80, 80));
        Overview overview = desk.queries().overview(ZoneOffset.UTC);
        assertThat(overview.imports().buckets()).filteredOn(b -> b.drafts() > 0)
                .containsExactly(new ImportTimeline.Bucket(LocalDate.parse("2026-11-20"), 1));
        assertThat(overview.scores().get(ScoreName.QUALITY).bins().get(5)).isEqualTo(1);
    }

    @Test
    void anEmptyStoreHasAnEmptyOverview() {
        Overview overview = desk.queries().overview(ZoneOffset.UTC);
        assertThat(overview.isEmpty()).isTrue();
        assertThat(overview.byStatus().values()).containsOnly(0L);
        assertThat(overview.byRule()).isEmpty();
        assertThat(overview.imports().buckets()).isEmpty();
        assertThat(overview.scores().get(ScoreName.QUALITY)).isEqualTo(ScoreHistogram.EMPTY);
    }

    @Test
    void leavesTheReadingConnectionOutsideATransaction() {
        sixKnownDrafts();
        desk.queries().overview(ZoneOffset.UTC);
        // The read snapshot ends with the overview: a draft imported afterwards is seen.
        importAt("2026-11-22T11:00:00Z", "more", draft("r7", 80, 80, 80, 80));
        assertThat(desk.queries().overview(ZoneOffset.UTC).drafts()).isEqualTo(7);
        boolean autoCommit = desk.store().read(c -> c.getAutoCommit());
        assertThat(autoCommit).isTrue();
    }
}
