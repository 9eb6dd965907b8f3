package com.copydesk.ui.filters;

import com.copydesk.model.IntRange;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.ScoreName;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.Duration;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The filter bar: full-text search, status, flags, rule, score ranges, stack, tools, difficulty. */
public final class FilterBarView {
    private static final String ANY_STATUS = "Any status";
    private static final String ANY_FLAGS = "Flagged or not";
    private static final String FLAGGED = "Flagged";
    private static final String NOT_FLAGGED = "Not flagged";
    private static final String ANY_RULE = "Any rule";

    private final FilterViewModel filters;
    private final javafx.beans.property.ReadOnlyLongProperty matching;
    private final FilterChoices choices;
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));
    private final Map<ScoreName, RangeSlider> sliders = new EnumMap<>(ScoreName.class);
    private boolean syncing;

    @FXML private TextField search;
    @FXML private ComboBox<String> status;
    @FXML private ComboBox<String> flags;
    @FXML private ComboBox<String> rule;
    @FXML private MenuButton scores;
    @FXML private CheckComboBox<String> stacks;
    @FXML private CheckComboBox<String> tools;
    @FXML private CheckComboBox<String> difficulties;
    @FXML private Label matches;
    @FXML private javafx.scene.control.Button clear;
    @FXML private Label hint;

    /**
     * @param matching how many drafts match the filter in force (the queue counts them)
     * @param choices  the rules, stacks, tools and difficulties to choose from
     */
    public FilterBarView(FilterViewModel filters, javafx.beans.property.ReadOnlyLongProperty matching,
                         FilterChoices choices) {
        this.filters = filters;
        this.matching = matching;
        this.choices = choices;
    }

    @FXML
    private void initialize() {
        clear.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.CLEAR_ALL));
        clear.setTooltip(new javafx.scene.control.Tooltip("Clear the search, scores, stack, tools and difficulty"));
        typing.setOnFinished(e -> filters.searchProperty().set(search.getText()));
        search.textProperty().addListener((o, a, b) -> {
            if (!syncing) {
                typing.playFromStart();
            }
        });
        search.setOnAction(e -> {
            typing.stop();
            filters.searchProperty().set(search.getText());
        });
        hint.textProperty().bind(filters.searchHintProperty());
        hint.visibleProperty().bind(filters.searchHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        status.getItems().setAll(ANY_STATUS, "Pending", "Approved", "Rejected");
        status.valueProperty().addListener((o, a, value) -> {
            if (!syncing && value != null) {
                filters.statusesProperty().set(value.equals(ANY_STATUS) ? Set.of()
                        : Set.of(ReviewStatus.fromKey(value).orElseThrow()));
            }
        });
        flags.getItems().setAll(ANY_FLAGS, FLAGGED, NOT_FLAGGED);
        flags.valueProperty().addListener((o, a, value) -> {
            if (!syncing && value != null) {
                filters.flaggedProperty().set(value.equals(FLAGGED) ? Boolean.TRUE
                        : value.equals(NOT_FLAGGED) ? Boolean.FALSE : null);
            }
        });
        List<String> rules = new ArrayList<>(List.of(ANY_RULE));
        rules.addAll(choices.ruleIds());
        rule.getItems().setAll(rules);
        rule.valueProperty().addListener((o, a, value) -> {
            if (!syncing && value != null) {
                filters.ruleProperty().set(value.equals(ANY_RULE) ? null : value);
            }
        });
        buildScoreSliders();
        follow(stacks, filters.stacks());
        follow(tools, filters.tools());
        follow(difficulties, filters.difficulties());
        loadChoices();
        choices.whenChanged(this::loadChoices);

        nearChip();
        myClaimsChip();
        matches.textProperty().bind(matching.asString("%,d matching"));
        filters.filterProperty().addListener((o, a, b) -> showFilter());
        showFilter();
    }

    /**
     * "Near-duplicates of REF ×" beside the count while the queue shows only a draft and its
     * twins; a click clears it (the filter before it comes back).
     */
    private void nearChip() {
        javafx.scene.control.Button chip = new javafx.scene.control.Button();
        chip.setId("nearChip");
        chip.getStyleClass().addAll("near-chip", "small");
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        chip.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.CLOSE));
        chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        chip.setTooltip(new javafx.scene.control.Tooltip("Show the queue as it was before"));
        chip.textProperty().bind(filters.nearOfProperty().map(n -> "Near-duplicates of " + n.reference()).orElse(""));
        chip.visibleProperty().bind(filters.nearOfProperty().isNotNull());
        chip.managedProperty().bind(chip.visibleProperty());
        chip.setOnAction(e -> filters.clearNearOf());
        javafx.scene.layout.HBox row = (javafx.scene.layout.HBox) matches.getParent();
        row.getChildren().add(row.getChildren().indexOf(matches), chip);
    }

    /** "My claims ×" beside the count while the queue shows only the editor's pending claims; a click shows all again. */
    private void myClaimsChip() {
        javafx.scene.control.Button chip = new javafx.scene.control.Button();
        chip.setId("myClaimsChip");
        chip.getStyleClass().addAll("near-chip", "small");
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        chip.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.CLOSE));
        chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        chip.setTooltip(new javafx.scene.control.Tooltip("Show every draft of the view again (M)"));
        chip.textProperty().bind(filters.heldByProperty().map(editor -> "My claims").orElse(""));
        chip.visibleProperty().bind(filters.heldByProperty().isNotNull());
        chip.managedProperty().bind(chip.visibleProperty());
        chip.setOnAction(e -> filters.heldByProperty().set(null));
        javafx.scene.layout.HBox row = (javafx.scene.layout.HBox) matches.getParent();
        row.getChildren().add(row.getChildren().indexOf(matches), chip);
    }

    private void buildScoreSliders() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (ScoreName score : ScoreName.values()) {
            RangeSlider slider = new RangeSlider(0, 100, 0, 100);
            slider.setShowTickMarks(true);
            slider.setMajorTickUnit(10);
            slider.setSnapToTicks(false);
            slider.setPrefWidth(220);
            slider.setId("range-" + score.key());
            Label shown = new Label("0–100");
            shown.setMinWidth(60);
            shown.setId("range-" + score.key() + "-text");
            // the label follows the thumbs however they move: a drag, or a view that sets the range
            javafx.beans.InvalidationListener showRange = o -> shown.setText(
                    Math.round(slider.getLowValue()) + "–" + Math.round(slider.getHighValue()));
            slider.lowValueProperty().addListener(showRange);
            slider.highValueProperty().addListener(showRange);
            Runnable changed = () -> {
                int min = (int) Math.round(slider.getLowValue());
                int max = (int) Math.round(slider.getHighValue());
                shown.setText(min + "–" + max);
                if (syncing) {
                    return;
                }
                if (min <= 0 && max >= 100) {
                    filters.scoreRanges().remove(score);
                } else {
                    filters.scoreRanges().put(score, new IntRange(min, max));
                }
            };
            slider.lowValueChangingProperty().addListener((o, a, busy) -> {
                if (!busy) {
                    changed.run();
                }
            });
            slider.highValueChangingProperty().addListener((o, a, busy) -> {
                if (!busy) {
                    changed.run();
                }
            });
            grid.addRow(row++, new Label(capitalised(score.key())), slider, shown);
            sliders.put(score, slider);
        }
        CustomMenuItem item = new CustomMenuItem(grid);
        item.setHideOnClick(false);
        scores.getItems().setAll(item);
    }

    private void follow(CheckComboBox<String> box, ObservableList<String> chosen) {
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                chosen.setAll(new ArrayList<>(box.getCheckModel().getCheckedItems()));
            }
        });
    }

    private void loadChoices() {
        choices.load(values -> {
            syncing = true;
            try {
                // the rules too: a changed rule file may name others; the rule in force stays listed
                List<String> rules = new ArrayList<>(List.of(ANY_RULE));
                rules.addAll(choices.ruleIds());
                String ruleInForce = filters.current().rule();
                if (ruleInForce != null && !rules.contains(ruleInForce)) {
                    rules.add(ruleInForce);
                }
                if (!rules.equals(rule.getItems())) {
                    rule.getItems().setAll(rules);
                }
                stacks.getItems().setAll(values.stacks());
                tools.getItems().setAll(values.tools());
                difficulties.getItems().setAll(values.difficulties());
            } finally {
                syncing = false;
            }
            showFilter();
        });
    }

    /** Shows the filter in force (a view chosen on the left sets it all at once). */
    private void showFilter() {
        var f = filters.current();
        syncing = true;
        try {
            if (!search.getText().equals(filters.searchProperty().get())) {
                search.setText(filters.searchProperty().get());
            }
            status.setValue(f.statuses().size() == 1 ? capitalised(f.statuses().iterator().next().key()) : ANY_STATUS);
            flags.setValue(f.flagged() == null ? ANY_FLAGS : f.flagged() ? FLAGGED : NOT_FLAGGED);
            rule.setValue(f.rule() == null ? ANY_RULE : f.rule());
            for (ScoreName score : ScoreName.values()) {
                IntRange range = f.scoreRanges().get(score);
                sliders.get(score).setLowValue(range == null ? 0 : range.min());
                sliders.get(score).setHighValue(range == null ? 100 : range.max());
            }
            // each box says how many of its choices are on, as Scores does: a filter in force is never invisible.
            // The titles go first: the box redraws its text when its ticks change, not when its title does.
            scores.setText(counted("Scores", f.scoreRanges().size()));
            stacks.setTitle(counted("Stack", f.stacks().size()));
            tools.setTitle(counted("Tools", f.tools().size()));
            difficulties.setTitle(counted("Difficulty", f.difficulties().size()));
            check(stacks, f.stacks());
            check(tools, f.tools());
            check(difficulties, f.difficulties());
        } finally {
            syncing = false;
        }
    }

    private static String counted(String name, int on) {
        return on == 0 ? name : name + " (" + on + ")";
    }

    private static void check(CheckComboBox<String> box, Set<String> values) {
        for (String item : box.getItems()) {
            if (values.contains(item)) {
                box.getCheckModel().check(item);
            } else {
                box.getCheckModel().clearCheck(item);
            }
        }
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase() + text.substring(1);
    }

    @FXML
    private void clear() {
        filters.clearRefinements();
    }

    /** Puts the cursor in the search field (the {@code /} key). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
