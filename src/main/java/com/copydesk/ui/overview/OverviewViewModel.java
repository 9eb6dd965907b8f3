package com.copydesk.ui.overview;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.ImportTimeline;
import com.copydesk.model.IntRange;
import com.copydesk.model.Overview;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.RuleCount;
import com.copydesk.model.ScoreHistogram;
import com.copydesk.model.ScoreName;
import com.copydesk.review.DraftQueries;
import com.copydesk.ui.common.Background;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The overview's state: the figures of the store turned into charts to draw (titles, bars with
 * their labels and exact numbers), whether they are being read, and what went wrong if they could
 * not be. No controls: the view draws the charts from these properties. {@link #refresh} reads the
 * store again in the background; a failure keeps the last charts and says so in {@link #errorProperty}.
 */
public final class OverviewViewModel {

    /** What the pane shows as a whole. */
    public enum State {
        /** Nothing read yet. */
        LOADING,
        /** The store has no drafts: "No drafts yet". */
        EMPTY,
        /** Charts to show. */
        READY,
        /** The first read failed: nothing to show but the error. */
        FAILED
    }

    /**
     * One bar (or pie slice) of a chart.
     *
     * @param key     the category it stands for, unique in its chart
     * @param tick    what the axis writes under it; empty to leave the tick unlabelled
     * @param value   how many drafts
     * @param tooltip the exact figures, for the bar's tooltip
     * @param style   a style class for the bar: its colour says what it is
     * @param drill   the queue's filter for the drafts the bar counts (a click shows them); null
     *                when the queue has no such filter
     */
    public record Bar(String key, String tick, long value, String tooltip, String style, DraftFilter drill) {
    }

    /** A chart to draw: a title, a line under it, and its bars in order. */
    public record Chart(String title, String subtitle, List<Bar> bars) {
        public Chart {
            bars = List.copyOf(bars);
        }

        public long max() {
            return bars.stream().mapToLong(Bar::value).max().orElse(0);
        }
    }

    /** At most this many ticks under the imports: the last bucket's, and every k-th before it. */
    static final int IMPORT_TICKS = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FULL_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final DraftQueries queries;
    private final Background background;
    private final ZoneId zone;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>();
    private final Map<ScoreName, ReadOnlyObjectWrapper<Chart>> scoreCharts = new EnumMap<>(ScoreName.class);
    private final ReadOnlyObjectWrapper<Chart> statusChart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Chart> ruleChart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Chart> importChart = new ReadOnlyObjectWrapper<>();
    private java.util.function.Consumer<DraftFilter> onDrill = filter -> { };
    /** A refresh asked for while one runs: the store changed after that one began reading. */
    private boolean refreshAgain;

    /**
     * @param zone  the time zone whose days the imports are counted in
     * @param clock tells the time of the last refresh
     */
    public OverviewViewModel(DraftQueries queries, Background background, ZoneId zone, Clock clock) {
        this.queries = queries;
        this.background = background;
        this.zone = zone;
        this.clock = clock;
        for (ScoreName score : ScoreName.values()) {
            scoreCharts.put(score, new ReadOnlyObjectWrapper<>());
        }
        show(Overview.EMPTY);
    }

    public OverviewViewModel(DraftQueries queries, Background background) {
        this(queries, background, ZoneId.systemDefault(), Clock.systemDefaultZone());
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether the store is being read (the first time or again). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A line about the whole store, e.g. "1,204 drafts · 311 flagged for review · as of 14:05". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last refresh failed; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The figures last read; {@link Overview#EMPTY} before the first read. */
    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** The histogram of one score: ten bins, each named by its lowest score; the subtitle counts the drafts without it. */
    public ReadOnlyObjectProperty<Chart> scoreChartProperty(ScoreName score) {
        return scoreCharts.get(score).getReadOnlyProperty();
    }

    /** Drafts by status: pending, approved, rejected, always in that order; each bar's tick is its share. */
    public ReadOnlyObjectProperty<Chart> statusChartProperty() {
        return statusChart.getReadOnlyProperty();
    }

    /** Drafts with a finding of each rule, most first. */
    public ReadOnlyObjectProperty<Chart> ruleChartProperty() {
        return ruleChart.getReadOnlyProperty();
    }

    /** Drafts imported per day, week or month, oldest first. */
    public ReadOnlyObjectProperty<Chart> importChartProperty() {
        return importChart.getReadOnlyProperty();
    }

    /** What a click on a bar does with its filter (the desk shows the queue filtered to it). */
    public void setOnDrill(java.util.function.Consumer<DraftFilter> onDrill) {
        this.onDrill = java.util.Objects.requireNonNull(onDrill);
    }

    /** The editor clicked a bar: the drafts it counts, in the queue. */
    public void drill(Bar bar) {
        if (bar.drill() != null) {
            onDrill.accept(bar.drill());
        }
    }

    /**
     * Reads the store again in the background and redraws. Call it when the pane is first shown
     * and whenever drafts may have changed (after an import, a decision, a re-flag). Calls while a
     * read runs are folded into one more read after it.
     */
    public void refresh() {
        if (loading.get()) {
            refreshAgain = true;
            return;
        }
        loading.set(true);
        // A job of its own rather than quick work: on a million drafts the read takes about half a
        // second, which must not hold up the queue's pages queued behind it on the store thread.
        background.start("Reading the overview", monitor -> queries.overview(zone), this::loaded, this::failed);
    }

    private void loaded(Overview figures) {
        loading.set(false);
        error.set("");
        show(figures);
        state.set(figures.isEmpty() ? State.EMPTY : State.READY);
        summary.set(figures.isEmpty() ? "" : String.format("%s \u00b7 %,d flagged for review \u00b7 as of %s",
                drafts(figures.drafts()), figures.flagged(), LocalTime.now(clock).format(TIME)));
        again();
    }

    private void failed(Throwable failure) {
        loading.set(false);
        String why = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        error.set("The overview could not be read: " + why);
        if (state.get() == State.LOADING) {
            state.set(State.FAILED);
        }
        again();
    }

    private void again() {
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    private void show(Overview figures) {
        overview.set(figures);
        for (ScoreName score : ScoreName.values()) {
            scoreCharts.get(score).set(scoreChart(score, figures.scores().get(score), figures.drafts()));
        }
        statusChart.set(statusChart(figures));
        ruleChart.set(ruleChart(figures));
        importChart.set(importChart(figures.imports()));
    }

    static Chart scoreChart(ScoreName score, ScoreHistogram histogram, long total) {
        String name = title(score.key());
        List<Bar> bars = new ArrayList<>();
        for (int bin = 0; bin < ScoreHistogram.BINS; bin++) {
            long n = histogram.bins().get(bin);
            String low = String.valueOf(ScoreHistogram.low(bin));
            bars.add(new Bar(low, low, n,
                    String.format("%s %s: %s (%s)", name, ScoreHistogram.label(bin), drafts(n), percent(n, total)),
                    "bar-score", DraftFilter.ALL.withScoreRanges(Map.of(score,
                    new IntRange(ScoreHistogram.low(bin), ScoreHistogram.high(bin))))));
        }
        String subtitle = histogram.withoutScore() == 0 ? (total == 0 ? "No drafts" : "Every draft has this score")
                : String.format("%s without this score (%s)", drafts(histogram.withoutScore()),
                percent(histogram.withoutScore(), total));
        return new Chart(name, subtitle, bars);
    }

    static Chart statusChart(Overview figures) {
        long total = figures.drafts();
        List<Bar> bars = new ArrayList<>();
        for (ReviewStatus status : ReviewStatus.values()) {
            long n = figures.byStatus().get(status);
            String name = title(status.key());
            bars.add(new Bar(name, percent(n, total), n,
                    String.format("%s: %s (%s)", name, drafts(n), percent(n, total)), "status-" + status.key(),
                    DraftFilter.ALL.withStatuses(java.util.Set.of(status))));
        }
        long pending = figures.byStatus().get(ReviewStatus.PENDING);
        String subtitle = total == 0 ? "No drafts" : pending == 0 ? "Every draft is decided"
                : String.format("%s still to decide", percent(pending, total));
        return new Chart("Drafts by status", subtitle, bars);
    }

    static Chart ruleChart(Overview figures) {
        List<Bar> bars = new ArrayList<>();
        for (RuleCount rule : figures.byRule()) {
            bars.add(new Bar(rule.rule(), rule.rule(), rule.drafts(), String.format("%s (%s): findings on %s, %s of all",
                    rule.rule(), rule.severity().key(), drafts(rule.drafts()), percent(rule.drafts(), figures.drafts())),
                    "severity-" + rule.severity().key(), DraftFilter.ALL.withRule(rule.rule())));
        }
        String subtitle = figures.byRule().isEmpty() ? "The rules found nothing to look at"
                : String.format("Drafts with a finding of each rule \u00b7 %,d of %s have findings",
                figures.withFindings(), drafts(figures.drafts()));
        return new Chart("Findings by rule", subtitle, bars);
    }

    static Chart importChart(ImportTimeline timeline) {
        List<ImportTimeline.Bucket> buckets = timeline.buckets();
        int every = Math.max(1, (buckets.size() + IMPORT_TICKS - 1) / IMPORT_TICKS);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            ImportTimeline.Bucket bucket = buckets.get(i);
            LocalDate start = bucket.start();
            boolean ticked = (buckets.size() - 1 - i) % every == 0;
            String tick = switch (timeline.granularity()) {
                case DAY, WEEK -> start.format(DAY);
                case MONTH -> start.format(MONTH);
            };
            String when = switch (timeline.granularity()) {
                case DAY -> start.format(FULL_DAY);
                case WEEK -> "Week of " + start.format(FULL_DAY);
                case MONTH -> start.format(FULL_MONTH);
            };
            bars.add(new Bar(start.toString(), ticked ? tick : "", bucket.drafts(),
                    String.format("%s: %s imported", when, drafts(bucket.drafts())), "bar-import", null));
        }
        String per = switch (timeline.granularity()) {
            case DAY -> "day";
            case WEEK -> "week (from Monday)";
            case MONTH -> "month";
        };
        String subtitle = buckets.isEmpty() ? "Nothing imported yet"
                : String.format("Drafts imported per %s \u00b7 %,d in all", per, timeline.total());
        return new Chart("Imports over time", subtitle, bars);
    }

    private static String title(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    static String drafts(long n) {
        return String.format("%,d %s", n, n == 1 ? "draft" : "drafts");
    }

    static String percent(long n, long total) {
        if (total == 0) {
            return "0%";
        }
        double p = 100.0 * n / total;
        if (n > 0 && p < 1) {
            return "<1%";
        }
        if (n < total && p >= 99.5) {
            return ">99%";
        }
        return String.format(Locale.ENGLISH, "%.0f%%", p);
    }
}
