package com.copydesk.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Days while they fit, then weeks, then months; buckets without imports are shown as 0. */
class ImportTimelineTest {

    private static ImportTimeline between(String first, String last) {
        Map<Instant, Long> imports = new LinkedHashMap<>();
        imports.put(Instant.parse(first + "T12:00:00Z"), 10L);
        imports.put(Instant.parse(last + "T12:00:00Z"), 5L);
        return ImportTimeline.of(imports, ZoneOffset.UTC);
    }

    @Test
    void oneBarPerDayForUpToFortyFiveDays() {
        ImportTimeline timeline = between("2026-01-01", "2026-02-14");
        assertThat(timeline.granularity()).isEqualTo(ImportTimeline.Granularity.DAY);
        assertThat(timeline.buckets()).hasSize(45);
        assertThat(timeline.buckets().get(0)).isEqualTo(new ImportTimeline.Bucket(LocalDate.parse("2026-01-01"), 10));
        assertThat(timeline.buckets().get(44)).isEqualTo(new ImportTimeline.Bucket(LocalDate.parse("2026-02-14"), 5));
        assertThat(timeline.buckets().subList(1, 44)).allMatch(b -> b.drafts() == 0);
    }

    @Test
    void weeksFromMondayWhenTheDaysWouldBeTooMany() {
        ImportTimeline timeline = between("2026-01-01", "2026-02-15");
        assertThat(timeline.granularity()).isEqualTo(ImportTimeline.Granularity.WEEK);
        // 2026-01-01 is a Thursday: its week starts on Monday 2025-12-29.
        assertThat(timeline.buckets().get(0)).isEqualTo(new ImportTimeline.Bucket(LocalDate.parse("2025-12-29"), 10));
        assertThat(timeline.buckets().get(timeline.buckets().size() - 1))
                .isEqualTo(new ImportTimeline.Bucket(LocalDate.parse("2026-02-09"), 5));
        assertThat(timeline.buckets()).hasSize(7);
        assertThat(timeline.total()).isEqualTo(15);
    }

    @Test
    void monthsWhenTheWeeksWouldBeTooMany() {
        ImportTimeline timeline = between("2025-03-15", "2026-11-02");
        assertThat(timeline.granularity()).isEqualTo(ImportTimeline.Granularity.MONTH);
        assertThat(timeline.buckets()).hasSize(21);
        assertThat(timeline.buckets().get(0)).isEqualTo(new ImportTimeline.Bucket(LocalDate.parse("2025-03-01"), 10));
        assertThat(timeline.buckets().get(20)).isEqualTo(new ImportTimeline.Bucket(LocalDate.parse("2026-11-01"), 5));
    }

    @Test
    void oneDayOfImportsIsShownWithTheSixDaysBefore() {
        ImportTimeline timeline = ImportTimeline.of(Map.of(Instant.parse("2026-11-25T08:00:00Z"), 3L,
                Instant.parse("2026-11-25T09:00:00Z"), 4L), ZoneOffset.UTC);
        assertThat(timeline.buckets()).hasSize(7);
        assertThat(timeline.buckets().get(0).start()).isEqualTo(LocalDate.parse("2026-11-19"));
        assertThat(timeline.buckets().get(6)).isEqualTo(new ImportTimeline.Bucket(LocalDate.parse("2026-11-25"), 7));
    }

    @Test
    void noImportsNoBuckets() {
        assertThat(ImportTimeline.of(Map.of(), ZoneOffset.UTC)).isEqualTo(ImportTimeline.EMPTY);
    }

    @Test
    void scoreBinsHoldTenPointsAndTheLastAlsoTheHundreds() {
        assertThat(ScoreHistogram.low(0)).isZero();
        assertThat(ScoreHistogram.high(0)).isEqualTo(9);
        assertThat(ScoreHistogram.low(1)).isEqualTo(10);
        assertThat(ScoreHistogram.high(8)).isEqualTo(89);
        assertThat(ScoreHistogram.low(9)).isEqualTo(90);
        assertThat(ScoreHistogram.high(9)).isEqualTo(100);
        assertThat(ScoreHistogram.label(0)).isEqualTo("0\u20139");
        assertThat(ScoreHistogram.label(9)).isEqualTo("90\u2013100");
    }
}
