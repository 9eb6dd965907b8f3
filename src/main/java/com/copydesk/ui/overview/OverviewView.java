package com.copydesk.ui.overview;

import com.copydesk.model.ScoreName;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The overview's controller: draws {@link OverviewViewModel}'s charts into the FXML's chart
 * controls, puts the cards in as many columns as the width allows, and nothing more.
 */
public final class OverviewView {
    /** Widths at which the cards go from one to two to four columns. */
    private static final double TWO_COLUMNS = 640;
    private static final double FOUR_COLUMNS = 1040;
    private static final double RULE_ROW_HEIGHT = 30;

    private final OverviewViewModel model;

    @FXML private Label summary;
    @FXML private Label error;
    @FXML private ProgressIndicator loading;
    @FXML private Button refresh;
    @FXML private ScrollPane board;
    @FXML private GridPane cards;
    @FXML private VBox placeholder;
    @FXML private Label placeholderIcon;
    @FXML private Label placeholderTitle;
    @FXML private Label placeholderText;
    @FXML private VBox qualityCard;
    @FXML private VBox freshnessCard;
    @FXML private VBox depthCard;
    @FXML private VBox clarityCard;
    @FXML private VBox statusCard;
    @FXML private VBox ruleCard;
    @FXML private VBox importCard;
    @FXML private BarChart<String, Number> qualityChart;
    @FXML private BarChart<String, Number> freshnessChart;
    @FXML private BarChart<String, Number> depthChart;
    @FXML private BarChart<String, Number> clarityChart;
    @FXML private PieChart statusChart;
    @FXML private GridPane statusLegend;
    @FXML private Label statusTotal;
    @FXML private Circle statusHole;
    @FXML private BarChart<Number, String> ruleChart;
    @FXML private Label noFindings;
    @FXML private HBox severityLegend;
    @FXML private BarChart<String, Number> importChart;
    @FXML private CategoryAxis importAxis;
    @FXML private TickRow importTicks;
    private int columns;

    public OverviewView(OverviewViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        refresh.setGraphic(new FontIcon(Material2MZ.REFRESH));
        refresh.setTooltip(new Tooltip("Read the store again"));
        placeholderIcon.setGraphic(new FontIcon(Material2OutlinedAL.INSERT_CHART));
        loading.visibleProperty().bind(model.loadingProperty());
        summary.textProperty().bind(model.summaryProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        ObservableValue<OverviewViewModel.State> state = model.stateProperty();
        board.visibleProperty().bind(model.stateProperty().isEqualTo(OverviewViewModel.State.READY));
        placeholder.visibleProperty().bind(board.visibleProperty().not());
        placeholderTitle.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stateProperty().get()) {
            case LOADING -> "Reading the store\u2026";
            case EMPTY -> "No drafts yet";
            case FAILED -> "The overview could not be read";
            case READY -> "";
        }, state));
        placeholderText.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stateProperty().get()) {
            case EMPTY -> "Import drafts with File \u203a Import drafts\u2026 and their scores, findings and imports"
                    + " show here as charts.";
            case FAILED -> "Try Refresh; if it fails again, the message above says why.";
            default -> "";
        }, state));

        Map<ScoreName, BarChart<String, Number>> scoreCharts = new LinkedHashMap<>();
        scoreCharts.put(ScoreName.QUALITY, qualityChart);
        scoreCharts.put(ScoreName.FRESHNESS, freshnessChart);
        scoreCharts.put(ScoreName.DEPTH, depthChart);
        scoreCharts.put(ScoreName.CLARITY, clarityChart);
        Map<ScoreName, VBox> scoreCards = Map.of(ScoreName.QUALITY, qualityCard, ScoreName.FRESHNESS, freshnessCard,
                ScoreName.DEPTH, depthCard, ScoreName.CLARITY, clarityCard);
        scoreCharts.forEach((score, chart) -> {
            VBox card = scoreCards.get(score);
            gapsFollowSpacing(chart);
            follow(model.scoreChartProperty(score), figures -> {
                heading(card, figures);
                drawColumns(chart, figures);
            });
        });
        follow(model.statusChartProperty(), figures -> {
            heading(statusCard, figures);
            drawPie(figures);
        });
        follow(model.ruleChartProperty(), figures -> {
            heading(ruleCard, figures);
            drawRules(figures);
        });
        // A ring rather than a pie: the hole holds the number of drafts.
        statusHole.radiusProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, Math.min(statusChart.getWidth(), statusChart.getHeight()) / 2 - 14) * 0.62,
                statusChart.widthProperty(), statusChart.heightProperty()));
        importTicks.setAxis(importAxis);
        gapsFollowSpacing(importChart);
        follow(model.importChartProperty(), figures -> {
            heading(importCard, figures);
            drawColumns(importChart, figures);
            Map<String, String> ticks = new LinkedHashMap<>();
            figures.bars().forEach(bar -> ticks.put(bar.key(), bar.tick()));
            importTicks.setTicks(ticks);
        });

        // Not during the layout pass that changed the width: children added then are not laid out.
        cards.widthProperty().addListener((obs, old, width) -> Platform.runLater(() -> arrange(cards.getWidth())));
        arrange(FOUR_COLUMNS);
    }

    /** A third of each column's room between the bars, however many bars and however wide the chart. */
    private static void gapsFollowSpacing(BarChart<String, Number> chart) {
        CategoryAxis axis = (CategoryAxis) chart.getXAxis();
        chart.categoryGapProperty().bind(axis.categorySpacingProperty().multiply(0.3));
    }

    private static <T> void follow(ObservableValue<T> value, Consumer<T> draw) {
        value.addListener((obs, old, now) -> draw.accept(now));
        if (value.getValue() != null) {
            draw.accept(value.getValue());
        }
    }

    /** The card's first two children are its title and the line under it. */
    private static void heading(VBox card, OverviewViewModel.Chart figures) {
        ((Label) card.getChildren().get(0)).setText(figures.title());
        ((Label) card.getChildren().get(1)).setText(figures.subtitle());
    }

    /** Columns in the order of the bars; the axis writes each bar's key under it. */
    private void drawColumns(BarChart<String, Number> chart, OverviewViewModel.Chart figures) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(figures.title());
        List<XYChart.Data<String, Number>> items = new ArrayList<>();
        for (OverviewViewModel.Bar bar : figures.bars()) {
            XYChart.Data<String, Number> data = new XYChart.Data<>(bar.key(), bar.value());
            series.getData().add(data);
            items.add(data);
        }
        scale((NumberAxis) chart.getYAxis(), figures.max());
        inOrder((CategoryAxis) chart.getXAxis(), figures.bars().stream().map(OverviewViewModel.Bar::key).toList());
        chart.getData().setAll(List.of(series));
        for (int i = 0; i < items.size(); i++) {
            dress(items.get(i).getNode(), figures.bars().get(i), null);
        }
    }

    private void drawRules(OverviewViewModel.Chart figures) {
        boolean none = figures.bars().isEmpty();
        noFindings.setVisible(none);
        noFindings.setManaged(none);
        ruleChart.setVisible(!none);
        ruleChart.setManaged(!none);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(figures.title());
        List<String> severities = new ArrayList<>();
        for (OverviewViewModel.Bar bar : figures.bars()) {
            // A vertical category axis lists its first category at the bottom: most findings on top.
            series.getData().add(0, new XYChart.Data<>(bar.value(), bar.key()));
            if (!severities.contains(bar.style())) {
                severities.add(bar.style());
            }
        }
        // Room after the longest bar for its count.
        scale((NumberAxis) ruleChart.getXAxis(), figures.max() * 1.18);
        inOrder((CategoryAxis) ruleChart.getYAxis(), series.getData().stream().map(XYChart.Data::getYValue).toList());
        double height = 70 + RULE_ROW_HEIGHT * Math.max(3, figures.bars().size());
        ruleChart.setMinHeight(height);
        ruleChart.setPrefHeight(height);
        ruleChart.getData().setAll(List.of(series));
        int n = figures.bars().size();
        for (int i = 0; i < n; i++) {
            OverviewViewModel.Bar bar = figures.bars().get(i);
            dress(series.getData().get(n - 1 - i).getNode(), bar, new Label(AxisScale.label(bar.value())));
        }
        legend(severities);
    }

    /** A dot and a word for each severity the rules found, most severe first. */
    private void legend(List<String> styles) {
        severityLegend.getChildren().clear();
        for (String severity : List.of("severity-block", "severity-warn", "severity-info")) {
            if (styles.contains(severity)) {
                Region dot = new Region();
                dot.getStyleClass().addAll("legend-dot", severity);
                Label label = new Label(severity.substring("severity-".length()), dot);
                label.getStyleClass().add("legend-label");
                severityLegend.getChildren().add(label);
            }
        }
    }

    private void drawPie(OverviewViewModel.Chart figures) {
        List<PieChart.Data> slices = new ArrayList<>();
        for (OverviewViewModel.Bar bar : figures.bars()) {
            slices.add(new PieChart.Data(bar.key(), bar.value()));
        }
        statusChart.getData().setAll(slices);
        statusLegend.getChildren().clear();
        for (int i = 0; i < slices.size(); i++) {
            OverviewViewModel.Bar bar = figures.bars().get(i);
            dress(slices.get(i).getNode(), bar, null);
            Region dot = new Region();
            dot.getStyleClass().addAll("legend-dot", bar.style());
            Label name = new Label(bar.key(), dot);
            name.getStyleClass().add("status-legend-label");
            Label count = new Label(String.format("%,d", bar.value()));
            count.getStyleClass().add("status-legend-count");
            Label share = new Label(bar.tick());
            share.getStyleClass().add("status-legend-share");
            install(name, bar.tooltip());
            if (bar.drill() != null) {
                name.setCursor(javafx.scene.Cursor.HAND);
                name.setOnMouseClicked(e -> model.drill(bar));
            }
            statusLegend.addRow(i, name, count, share);
        }
        long total = figures.bars().stream().mapToLong(OverviewViewModel.Bar::value).sum();
        statusTotal.setText(AxisScale.label(total));
    }

    /**
     * The categories in the order of the bars. A category axis that ranges itself keeps the
     * categories it had and appends new ones, so a rule that overtook another kept its old place
     * until the pane was built again.
     */
    private static void inOrder(CategoryAxis axis, List<String> categories) {
        axis.setAutoRanging(false);
        if (!axis.getCategories().equals(categories)) {
            axis.getCategories().setAll(categories);
        }
    }

    /**
     * Gives a bar (or slice) the chart made its colour, its tooltip, a click that shows its drafts
     * in the queue and, for horizontal bars, its count after its end. After the chart added it: the
     * chart sets a new bar's style classes.
     */
    private void dress(Node node, OverviewViewModel.Bar bar, Label value) {
        if (node == null) {
            return;
        }
        node.getStyleClass().add(bar.style());
        install(node, bar.tooltip());
        if (bar.drill() != null) {
            node.getStyleClass().add("drillable");
            node.setCursor(javafx.scene.Cursor.HAND);
            node.setOnMouseClicked(e -> model.drill(bar));
        }
        if (value != null && node instanceof StackPane pane) {
            value.getStyleClass().add("bar-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.setMaxWidth(Region.USE_PREF_SIZE);
            StackPane.setAlignment(value, Pos.CENTER_LEFT);
            value.translateXProperty().bind(pane.widthProperty().add(6));
            pane.getChildren().setAll(value);
        }
    }

    private static void install(Node node, String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(node, tooltip);
    }

    private static void scale(NumberAxis axis, double max) {
        AxisScale scale = AxisScale.of(max);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(scale.upper());
        axis.setTickUnit(scale.step());
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return AxisScale.label(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    /** Sets every grid constraint of the card anew: a span left from another arrangement adds columns. */
    private void place(VBox card, int column, int row, int span) {
        GridPane.clearConstraints(card);
        cards.add(card, column, row, span, 1);
    }

    /** Four columns when wide (the scores side by side), two when narrower, one in a narrow tab. */
    private void arrange(double width) {
        int wanted = width >= FOUR_COLUMNS ? 4 : width >= TWO_COLUMNS ? 2 : 1;
        if (wanted == columns) {
            return;
        }
        columns = wanted;
        cards.getChildren().clear();
        cards.getColumnConstraints().clear();
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            cards.getColumnConstraints().add(column);
        }
        int row = 0;
        List<VBox> scores = List.of(qualityCard, freshnessCard, depthCard, clarityCard);
        for (int i = 0; i < scores.size(); i++) {
            place(scores.get(i), i % columns, row + i / columns, 1);
        }
        row += (scores.size() + columns - 1) / columns;
        if (columns == 4) {
            place(statusCard, 0, row, 1);
            place(ruleCard, 1, row, 3);
            place(importCard, 0, row + 1, 4);
        } else if (columns == 2) {
            place(statusCard, 0, row, 1);
            place(importCard, 1, row, 1);
            place(ruleCard, 0, row + 1, 2);
        } else {
            place(statusCard, 0, row, 1);
            place(ruleCard, 0, row + 1, 1);
            place(importCard, 0, row + 2, 1);
        }
    }
}
