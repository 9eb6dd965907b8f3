package com.copydesk.ui.overview;

import com.copydesk.model.ImportTimeline;
import com.copydesk.model.ScoreName;
import com.copydesk.support.KnownDrafts;
import com.copydesk.support.TempDesk;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.BackgroundWork;
import com.copydesk.ui.common.Job;
import com.copydesk.ui.overview.OverviewViewModel.Bar;
import com.copydesk.ui.overview.OverviewViewModel.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The overview's state and charts, without a window: the store is read at once on the test's thread. */
class OverviewViewModelTest {
    @RegisterExtension
    final TempDesk temp = new TempDesk("2026-11-20T09:00:00Z", KnownDrafts::open);

    private OverviewViewModel model(Background background) {
        return new OverviewViewModel(temp.desk().queries(), background, ZoneOffset.UTC, temp.clock());
    }

    @Test
    void drawsTheStoresFiguresAsCharts() {
        KnownDrafts.fill(temp.desk(), temp.clock(), temp.dir());
        OverviewViewModel model = model(Background.inline());
        assertThat(model.stateProperty().get()).isEqualTo(State.LOADING);

        model.refresh();

        assertThat(model.stateProperty().get()).isEqualTo(State.READY);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("6 drafts \u00b7 4 flagged for review \u00b7 as of 10:00");

        OverviewViewModel.Chart quality = model.scoreChartProperty(ScoreName.QUALITY).get();
        assertThat(quality.title()).isEqualTo("Quality");
        assertThat(quality.subtitle()).isEqualTo("1 draft without this score (17%)");
        assertThat(quality.bars()).extracting(Bar::key, Bar::value).containsExactly(tuple("0", 1L), tuple("10", 1L),
                tuple("20", 0L), tuple("30", 0L), tuple("40", 1L), tuple("50", 0L), tuple("60", 1L), tuple("70", 0L),
                tuple("80", 0L), tuple("90", 1L));
        assertThat(quality.bars().get(9).tooltip()).isEqualTo("Quality 90\u2013100: 1 draft (17%)");
        assertThat(quality.bars()).extracting(Bar::style).containsOnly("bar-score");
        assertThat(model.scoreChartProperty(ScoreName.FRESHNESS).get().bars().get(9).value()).isEqualTo(4);

        OverviewViewModel.Chart statuses = model.statusChartProperty().get();
        assertThat(statuses.bars()).extracting(Bar::key, Bar::value, Bar::tick, Bar::style).containsExactly(
                tuple("Pending", 3L, "50%", "status-pending"), tuple("Approved", 2L, "33%", "status-approved"),
                tuple("Rejected", 1L, "17%", "status-rejected"));
        assertThat(statuses.subtitle()).isEqualTo("50% still to decide");

        OverviewViewModel.Chart rules = model.ruleChartProperty().get();
        assertThat(rules.bars()).extracting(Bar::key, Bar::value, Bar::style).containsExactly(
                tuple("low-score", 3L, "severity-warn"), tuple("suspicious-text", 2L, "severity-block"),
                tuple("ai-style", 1L, "severity-info"));
        assertThat(rules.bars().get(1).tooltip()).isEqualTo("suspicious-text (block): findings on 2 drafts, 33% of all");
        assertThat(rules.subtitle()).isEqualTo("Drafts with a finding of each rule \u00b7 5 of 6 drafts have findings");

        OverviewViewModel.Chart imports = model.importChartProperty().get();
        assertThat(imports.bars()).extracting(Bar::key, Bar::value, Bar::tick).containsExactly(
                tuple("2026-11-16", 0L, "Nov 16"), tuple("2026-11-17", 0L, "Nov 17"), tuple("2026-11-18", 0L, "Nov 18"),
                tuple("2026-11-19", 0L, "Nov 19"), tuple("2026-11-20", 4L, "Nov 20"), tuple("2026-11-21", 0L, "Nov 21"),
                tuple("2026-11-22", 2L, "Nov 22"));
        assertThat(imports.bars().get(4).tooltip()).isEqualTo("Fri, Nov 20, 2026: 4 drafts imported");
        assertThat(imports.subtitle()).isEqualTo("Drafts imported per day \u00b7 6 in all");
    }

    @Test
    void anEmptyStoreSaysSo() {
        OverviewViewModel model = model(Background.inline());
        model.refresh();
        assertThat(model.stateProperty().get()).isEqualTo(State.EMPTY);
        assertThat(model.summaryProperty().get()).isEmpty();
        assertThat(model.ruleChartProperty().get().bars()).isEmpty();
        assertThat(model.importChartProperty().get().bars()).isEmpty();
    }

    @Test
    void refreshShowsWhatChangedSince() {
        OverviewViewModel model = model(Background.inline());
        model.refresh();
        assertThat(model.stateProperty().get()).isEqualTo(State.EMPTY);

        KnownDrafts.fill(temp.desk(), temp.clock(), temp.dir());
        model.refresh();

        assertThat(model.stateProperty().get()).isEqualTo(State.READY);
        assertThat(model.overviewProperty().get().drafts()).isEqualTo(6);
    }

    @Test
    void aFailedFirstReadShowsTheErrorAndNoCharts() {
        OverviewViewModel model = model(Background.inline());
        temp.desk().close();
        model.refresh();
        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).startsWith("The overview could not be read: ").contains("closed");
    }

    @Test
    void aFailedRefreshKeepsTheLastChartsAndSaysWhy() {
        KnownDrafts.fill(temp.desk(), temp.clock(), temp.dir());
        OverviewViewModel model = model(Background.inline());
        model.refresh();
        OverviewViewModel.Chart before = model.ruleChartProperty().get();

        temp.desk().close();
        model.refresh();

        assertThat(model.stateProperty().get()).isEqualTo(State.READY);
        assertThat(model.ruleChartProperty().get()).isEqualTo(before);
        assertThat(model.errorProperty().get()).startsWith("The overview could not be read");
    }

    @Test
    void refreshesAskedForWhileOneRunsBecomeOneMore() {
        ManualBackground background = new ManualBackground();
        OverviewViewModel model = model(background);
        model.refresh();
        assertThat(model.loadingProperty().get()).isTrue();
        model.refresh();
        model.refresh();
        assertThat(background.pending()).isEqualTo(1);

        // The store changes while the first read runs; the refreshes asked for since read again.
        background.runNext();
        KnownDrafts.fill(temp.desk(), temp.clock(), temp.dir());
        assertThat(background.pending()).isEqualTo(1);
        background.runNext();

        assertThat(background.pending()).isZero();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.overviewProperty().get().drafts()).isEqualTo(6);
    }

    @Test
    void longTimelinesLabelEveryFewBarsEndingWithTheLast() {
        Map<Instant, Long> imports = new LinkedHashMap<>();
        imports.put(Instant.parse("2026-10-01T12:00:00Z"), 5L);
        imports.put(Instant.parse("2026-11-14T12:00:00Z"), 7L);
        ImportTimeline timeline = ImportTimeline.of(imports, ZoneOffset.UTC);
        OverviewViewModel.Chart chart = OverviewViewModel.importChart(timeline);

        assertThat(chart.bars()).hasSize(45);
        // 45 bars, at most 8 ticks: every 6th, counted back from the newest.
        assertThat(chart.bars().get(44).tick()).isEqualTo("Nov 14");
        assertThat(chart.bars().get(38).tick()).isEqualTo("Nov 8");
        assertThat(chart.bars().get(43).tick()).isEmpty();
        assertThat(chart.bars()).filteredOn(bar -> !bar.tick().isEmpty()).hasSizeLessThanOrEqualTo(8);

        ImportTimeline months = ImportTimeline.of(Map.of(Instant.parse("2025-01-10T12:00:00Z"), 1L,
                Instant.parse("2026-11-14T12:00:00Z"), 2L), ZoneOffset.UTC);
        OverviewViewModel.Chart monthly = OverviewViewModel.importChart(months);
        assertThat(monthly.subtitle()).startsWith("Drafts imported per month");
        assertThat(monthly.bars().get(monthly.bars().size() - 1).tick()).isEqualTo("Nov 2026");
        assertThat(monthly.bars().get(0).tooltip()).isEqualTo("January 2025: 1 draft imported");
        assertThat(monthly.bars().get(0).key()).isEqualTo(LocalDate.parse("2025-01-01").toString());
    }

    @Test
    void percentagesNeverRoundToNothingOrToAll() {
        assertThat(OverviewViewModel.percent(1, 1000)).isEqualTo("<1%");
        assertThat(OverviewViewModel.percent(999, 1000)).isEqualTo(">99%");
        assertThat(OverviewViewModel.percent(1000, 1000)).isEqualTo("100%");
        assertThat(OverviewViewModel.percent(0, 1000)).isEqualTo("0%");
        assertThat(OverviewViewModel.percent(0, 0)).isEqualTo("0%");
    }

    @Test
    void countAxesStepInWholeRoundNumbers() {
        assertThat(AxisScale.of(0)).isEqualTo(new AxisScale(5, 1));
        assertThat(AxisScale.of(3)).isEqualTo(new AxisScale(3, 1));
        assertThat(AxisScale.of(7)).isEqualTo(new AxisScale(8, 2));
        assertThat(AxisScale.of(1_580)).isEqualTo(new AxisScale(2_000, 500));
        assertThat(AxisScale.of(215_600)).isEqualTo(new AxisScale(250_000, 50_000));
        assertThat(AxisScale.label(250_000)).isEqualTo("250k");
        assertThat(AxisScale.label(1_500_000)).isEqualTo("1.5M");
        assertThat(AxisScale.label(2_000)).isEqualTo(String.format("%,d", 2_000));
    }

    /** Runs background work only when the test says so, to see what happens while it runs. */
    private static final class ManualBackground implements Background {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void run(BackgroundWork<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            throw new UnsupportedOperationException("the overview reads as a job of its own");
        }

        @Override
        public <T> Job<T> start(String title, BackgroundWork<T> work, Consumer<T> onDone,
                                Consumer<Throwable> onFailure) {
            queue.add(() -> BackgroundWork.runNow(work, onDone, onFailure));
            return new Job<>(title);
        }

        int pending() {
            return queue.size();
        }

        void runNext() {
            queue.poll().run();
        }
    }
}
