package com.copydesk.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many drafts were imported when, in the editor's time zone: one bucket per day while the
 * imports span at most {@value #MAX_BUCKETS} days, else one per week (starting on Monday) while
 * they span at most {@value #MAX_BUCKETS} weeks, else one per month. Buckets without imports are
 * there with 0, so that the buckets are evenly spaced in time; a span of fewer than
 * {@value #MIN_DAYS} days is shown as the {@value #MIN_DAYS} days up to the last import.
 */
public record ImportTimeline(Granularity granularity, List<Bucket> buckets) {
    public static final int MAX_BUCKETS = 45;
    public static final int MIN_DAYS = 7;
    public static final ImportTimeline EMPTY = new ImportTimeline(Granularity.DAY, List.of());

    public enum Granularity { DAY, WEEK, MONTH }

    /** Drafts imported from {@code start} (a day, the Monday of a week, the first of a month). */
    public record Bucket(LocalDate start, long drafts) {
    }

    public ImportTimeline {
        buckets = List.copyOf(buckets);
    }

    /**
     * @param byInstant how many drafts were first imported at each instant
     * @param zone      the time zone whose days the buckets follow
     */
    public static ImportTimeline of(Map<Instant, Long> byInstant, ZoneId zone) {
        TreeMap<LocalDate, Long> byDay = new TreeMap<>();
        byInstant.forEach((at, n) -> byDay.merge(at.atZone(zone).toLocalDate(), n, Long::sum));
        if (byDay.isEmpty()) {
            return EMPTY;
        }
        LocalDate last = byDay.lastKey();
        LocalDate first = byDay.firstKey();
        if (ChronoUnit.DAYS.between(first, last) < MIN_DAYS - 1) {
            first = last.minusDays(MIN_DAYS - 1);
        }
        Granularity granularity;
        if (ChronoUnit.DAYS.between(first, last) < MAX_BUCKETS) {
            granularity = Granularity.DAY;
        } else if (ChronoUnit.WEEKS.between(start(first, Granularity.WEEK), last) < MAX_BUCKETS) {
            granularity = Granularity.WEEK;
        } else {
            granularity = Granularity.MONTH;
        }
        TreeMap<LocalDate, Long> counts = new TreeMap<>();
        for (LocalDate day = start(first, granularity); !day.isAfter(last); day = next(day, granularity)) {
            counts.put(day, 0L);
        }
        byDay.forEach((day, n) -> counts.merge(start(day, granularity), n, Long::sum));
        List<Bucket> buckets = new ArrayList<>(counts.size());
        counts.forEach((start, n) -> buckets.add(new Bucket(start, n)));
        return new ImportTimeline(granularity, buckets);
    }

    /** The first day of the bucket that holds {@code day}. */
    public static LocalDate start(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate start, Granularity granularity) {
        return switch (granularity) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** Drafts imported in all. */
    public long total() {
        return buckets.stream().mapToLong(Bucket::drafts).sum();
    }
}
