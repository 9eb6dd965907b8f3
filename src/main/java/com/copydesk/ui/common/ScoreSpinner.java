package com.copydesk.ui.common;

import com.copydesk.model.Scores;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * An editable spinner for a score from 0 to 100. Its text field takes digits only, at most three,
 * and text that is no score (empty, or over 100) goes back to the value it had: the stock
 * converter throws on such text when the spinner commits, which surfaced as an error dialog and
 * left the spinner showing a value it did not hold.
 */
public final class ScoreSpinner {
    public static final int MIN = 0;
    public static final int MAX = 100;

    private ScoreSpinner() {
    }

    public static Spinner<Integer> create(int initial) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(MIN, MAX, initial);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                Integer parsed = Scores.parse(text);
                return parsed != null ? parsed : factory.getValue();
            }
        });
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setEditable(true);
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,3}") ? change : null));
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                // what the field shows is what the spinner holds, also after text that was no score
                spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
            }
        });
        return spinner;
    }
}
