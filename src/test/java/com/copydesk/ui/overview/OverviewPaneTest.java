package com.copydesk.ui.overview;

import com.copydesk.app.Copydesk;
import com.copydesk.support.KnownDrafts;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.FxBackground;
import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The overview pane in a window, on a store whose drafts are known, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class OverviewPaneTest {
    @TempDir
    static Path dir;
    private Path storeDir;
    private MutableClock clock;
    private Copydesk desk;
    private FxBackground background;
    private Stage stage;
    private OverviewPane pane;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        storeDir = Files.createTempDirectory(dir, "store");
        clock = MutableClock.at("2026-11-20T09:00:00Z");
        desk = KnownDrafts.open(storeDir, clock);
        background = new FxBackground();
    }

    @AfterEach
    void close() {
        background.close();
        desk.close();
    }

    /** Shows the pane in the window, at the given width, and waits for its first read. */
    private void show(FxRobot robot, double width) throws Exception {
        robot.interact(() -> {
            pane = OverviewPane.create(desk, background);
            stage.setScene(new Scene(pane.node(), width, 760));
            stage.sizeToScene(); // the stage is shared by every test class; an earlier one may have sized it
            stage.show();
            pane.refresh();
        });
        waitUntilRead(robot);
    }

    private void waitUntilRead(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !pane.model().loadingProperty().get()
                && pane.model().stateProperty().get() != OverviewViewModel.State.LOADING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <X, Y> List<XYChart.Data<X, Y>> bars(FxRobot robot, String id) {
        BarChart<X, Y> chart = robot.lookup(id).queryAs(BarChart.class);
        assertThat(chart.getData()).hasSize(1);
        return chart.getData().get(0).getData();
    }

    @Test
    void chartsHoldTheStoresFigures(FxRobot robot) throws Exception {
        KnownDrafts.fill(desk, clock, storeDir);
        show(robot, 1300);

        assertThat(robot.lookup("#overviewBoard").query().isVisible()).isTrue();
        assertThat(robot.lookup("#overviewPlaceholder").query().isVisible()).isFalse();
        assertThat(robot.lookup("#overviewSummary").queryLabeled().getText()).startsWith("6 drafts \u00b7 4 flagged");

        List<XYChart.Data<String, Number>> quality = bars(robot, "#qualityChart");
        assertThat(quality).extracting(XYChart.Data::getXValue, d -> d.getYValue().longValue()).containsExactly(
                tuple("0", 1L), tuple("10", 1L), tuple("20", 0L), tuple("30", 0L), tuple("40", 1L), tuple("50", 0L),
                tuple("60", 1L), tuple("70", 0L), tuple("80", 0L), tuple("90", 1L));
        assertThat(bars(robot, "#clarityChart")).extracting(d -> ((Number) d.getYValue()).longValue())
                .containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 2L);
        assertThat(quality.get(0).getNode().getStyleClass()).contains("chart-bar", "bar-score");

        // Horizontal: the chart lists the categories bottom up, so the rule with most drafts comes last.
        List<XYChart.Data<Number, String>> rules = bars(robot, "#ruleChart");
        assertThat(rules).extracting(XYChart.Data::getYValue, d -> d.getXValue().longValue()).containsExactly(
                tuple("ai-style", 1L), tuple("suspicious-text", 2L), tuple("low-score", 3L));
        assertThat(rules.get(1).getNode().getStyleClass()).contains("severity-block");
        assertThat(rules.get(2).getNode().getStyleClass()).contains("severity-warn");
        assertThat(robot.lookup("#severityLegend").lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("block", "warn", "info");

        PieChart statuses = robot.lookup("#statusChart").queryAs(PieChart.class);
        assertThat(statuses.getData()).extracting(PieChart.Data::getName, d -> (long) d.getPieValue())
                .containsExactly(tuple("Pending", 3L), tuple("Approved", 2L), tuple("Rejected", 1L));
        assertThat(robot.lookup("#statusTotal").queryLabeled().getText()).isEqualTo("6");
        assertThat(robot.lookup("#statusLegend").lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Pending", "3", "50%", "Approved", "2", "33%", "Rejected", "1", "17%");

        List<XYChart.Data<String, Number>> imports = bars(robot, "#importChart");
        assertThat(imports).extracting(XYChart.Data::getXValue, d -> d.getYValue().longValue()).containsExactly(
                tuple("2026-11-16", 0L), tuple("2026-11-17", 0L), tuple("2026-11-18", 0L), tuple("2026-11-19", 0L),
                tuple("2026-11-20", 4L), tuple("2026-11-21", 0L), tuple("2026-11-22", 2L));
        TickRow ticks = robot.lookup("#importTicks").queryAs(TickRow.class);
        assertThat(ticks.shownTicks()).containsEntry("2026-11-22", "Nov 22").hasSize(7);
    }

    @Test
    void aBarShowsItsExactNumbersInATooltip(FxRobot robot) throws Exception {
        KnownDrafts.fill(desk, clock, storeDir);
        show(robot, 1300);
        List<XYChart.Data<Number, String>> rules = bars(robot, "#ruleChart");
        Node lowScore = rules.get(2).getNode();

        robot.moveTo(lowScore);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tooltipText(robot) != null);
        assertThat(tooltipText(robot)).isEqualTo("low-score (warn): findings on 3 drafts, 50% of all");
    }

    private static String tooltipText(FxRobot robot) {
        for (Window window : robot.listWindows()) {
            if (window instanceof Tooltip tooltip && tooltip.isShowing()) {
                return tooltip.getText();
            }
        }
        return null;
    }

    @Test
    void anEmptyStoreSaysNoDraftsYetAndRefreshShowsAnImport(FxRobot robot) throws Exception {
        show(robot, 1300);
        assertThat(robot.lookup("#overviewPlaceholder").query().isVisible()).isTrue();
        assertThat(robot.lookup("#overviewBoard").query().isVisible()).isFalse();
        assertThat(robot.lookup("#placeholderTitle").queryLabeled().getText()).isEqualTo("No drafts yet");

        KnownDrafts.fill(desk, clock, storeDir);
        robot.clickOn("#overviewRefresh");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> pane.model().stateProperty().get() == OverviewViewModel.State.READY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#overviewBoard").query().isVisible()).isTrue();
        assertThat(robot.lookup("#statusTotal").queryLabeled().getText()).isEqualTo("6");
    }

    @Test
    void aNarrowPaneStacksTheCardsInOneColumn(FxRobot robot) throws Exception {
        KnownDrafts.fill(desk, clock, storeDir);
        show(robot, 1300);
        assertThat(left(robot, "#freshnessCard")).isGreaterThan(left(robot, "#qualityCard"));

        robot.interact(() -> stage.setWidth(520));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> left(robot, "#freshnessCard") == left(robot, "#qualityCard"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(top(robot, "#freshnessCard")).isGreaterThan(top(robot, "#qualityCard"));
        assertThat(top(robot, "#ruleCard")).isGreaterThan(top(robot, "#statusCard"));
        // The cards fill the pane's width, less its padding and the scroll bar.
        Bounds card = robot.lookup("#qualityCard").query().getLayoutBounds();
        assertThat(card.getWidth()).isBetween(440.0, 500.0);
    }

    @Test
    void usesTheThemesColoursOnceAnAtlantaFxThemeIsSet(FxRobot robot) throws Exception {
        show(robot, 1300);
        // The tests run on Modena, which has none of AtlantaFX's looked-up colours.
        assertThat(pane.usesFallbackColours()).isTrue();
        try {
            robot.interact(() -> {
                Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
                pane.refresh();
            });
            assertThat(pane.usesFallbackColours()).isFalse();
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(null));
        }
        waitUntilRead(robot);
    }

    @Test
    void findingsByRuleFollowTheStoreWhenARuleOvertakesAnother(FxRobot robot) throws Exception {
        KnownDrafts.fill(desk, clock, storeDir);
        show(robot, 1300);
        assertThat(ruleRowsTopDown(robot)).containsExactly("low-score", "suspicious-text", "ai-style");

        // ai-style, the last, now on five drafts: the first, above the others, after a refresh
        com.copydesk.support.Decisions.sql(desk, "INSERT INTO finding (draft_id, rule, severity, message) SELECT id, "
                + "'ai-style', 'info', 'sounds generated' FROM draft WHERE reference IN ('r1', 'r3', 'r5', 'r6')");
        robot.interact(() -> pane.refresh());
        waitUntilRead(robot);

        assertThat(ruleRowsTopDown(robot)).containsExactly("ai-style", "low-score", "suspicious-text");
    }

    /** The rules' bars as the editor sees them, top down (by where each bar is drawn, not the data's order). */
    @SuppressWarnings("unchecked")
    private static List<String> ruleRowsTopDown(FxRobot robot) {
        BarChart<Number, String> chart = robot.lookup("#ruleChart").queryAs(BarChart.class);
        return chart.getData().get(0).getData().stream()
                .sorted(java.util.Comparator.comparingDouble(d -> d.getNode().localToScene(0, 0).getY()))
                .map(XYChart.Data::getYValue).toList();
    }

    @Test
    void aClickOnABarGivesTheFilterOfExactlyTheDraftsItCounts(FxRobot robot) throws Exception {
        KnownDrafts.fill(desk, clock, storeDir);
        show(robot, 1300);
        List<com.copydesk.model.DraftFilter> drilled = new java.util.ArrayList<>();
        robot.interact(() -> pane.setOnDrill(drilled::add));

        List<XYChart.Data<Number, String>> rules = bars(robot, "#ruleChart");
        robot.clickOn(rules.get(2).getNode()); // low-score, on 3 drafts
        List<XYChart.Data<String, Number>> quality = bars(robot, "#qualityChart");
        robot.clickOn(quality.get(9).getNode()); // 90-100: r4 (100); r3's 99 is overridden by the editor's 42
        robot.clickOn(quality.get(4).getNode()); // 40-49: r3, by the editor's score
        PieChart statuses = robot.lookup("#statusChart").queryAs(PieChart.class);
        robot.clickOn(statuses.getData().get(1).getNode()); // approved
        robot.clickOn(robot.lookup("#statusLegend").lookup(".label").nth(6).queryLabeled()); // "Rejected" in the legend

        assertThat(drilled).hasSize(5);
        assertThat(drilled.get(0).rule()).isEqualTo("low-score");
        assertThat(drilled.get(3).statuses()).containsExactly(com.copydesk.model.ReviewStatus.APPROVED);
        assertThat(drilled.get(4).statuses()).containsExactly(com.copydesk.model.ReviewStatus.REJECTED);
        // each filter finds as many drafts as its bar counted
        assertThat(drilled).extracting(f -> desk.queries().count(f)).containsExactly(3L, 1L, 1L, 2L, 1L);
        List<String> forty = new java.util.ArrayList<>();
        desk.queries().forEachId(drilled.get(2), id -> forty.add(desk.queries().find(id).orElseThrow().reference()));
        assertThat(forty).containsExactly("r3");
    }

    private static double left(FxRobot robot, String id) {
        return robot.lookup(id).query().getBoundsInParent().getMinX();
    }

    private static double top(FxRobot robot, String id) {
        return robot.lookup(id).query().getBoundsInParent().getMinY();
    }
}
