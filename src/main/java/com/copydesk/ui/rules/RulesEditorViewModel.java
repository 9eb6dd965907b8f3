package com.copydesk.ui.rules;

import com.copydesk.model.RuleDescription;
import com.copydesk.model.Severity;
import com.copydesk.review.RuleEditor;
import com.copydesk.review.RulePreview;
import com.copydesk.ui.common.Background;
import com.copydesk.ui.common.Job;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * Tools › Rules: the store's rules as rows the editor changes (on or off, severity, settings on
 * one line), checked after every change as loading the rule file would check them, previewed over
 * every draft of the store as a job with progress and Cancel, and saved as the rule file beside
 * the store; the desk then flags every draft again, once. On a team store the rows are read-only.
 */
public final class RulesEditorViewModel {
    /** Said on a team store, whose rules live in its database. */
    public static final String TEAM_NOTE = "A team store keeps its rules in its database: "
            + "edit them with `rules --load` on a team store.";

    /** One rule as the table shows and edits it. */
    public static final class Row {
        private final RuleDescription original;
        private final BooleanProperty enabled;
        private final ObjectProperty<Severity> severity;
        private final StringProperty settings;

        Row(RuleDescription original) {
            this.original = original;
            this.enabled = new SimpleBooleanProperty(original.enabled());
            this.severity = new SimpleObjectProperty<>(original.severity());
            this.settings = new SimpleStringProperty(RuleEditor.settingsLine(original.settings()));
        }

        public String id() {
            return original.id();
        }

        public String scope() {
            return original.scope().key();
        }

        public BooleanProperty enabledProperty() {
            return enabled;
        }

        public ObjectProperty<Severity> severityProperty() {
            return severity;
        }

        public StringProperty settingsProperty() {
            return settings;
        }

        RuleDescription edited() {
            return new RuleDescription(original.id(), enabled.get(), severity.get(), original.scope(),
                    RuleEditor.parseSettings(original.id(), settings.get()));
        }
    }

    private final RuleEditor editor;
    private final Background background;
    private final Runnable onSaved;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Job<RulePreview.Result>> job = new ReadOnlyObjectWrapper<>();
    /** The checked file text of the rows as they are, null while they are wrong or being checked. */
    private final ReadOnlyObjectWrapper<String> checkedText = new ReadOnlyObjectWrapper<>();
    private long checks;

    /**
     * @param onSaved told once the rules are saved and in force: the desk flags every draft again
     */
    public RulesEditorViewModel(RuleEditor editor, Background background, Runnable onSaved) {
        this.editor = editor;
        this.background = background;
        this.onSaved = onSaved;
        for (RuleDescription rule : editor.rules()) {
            Row row = new Row(rule);
            row.enabled.addListener((o, a, b) -> check());
            row.severity.addListener((o, a, b) -> check());
            row.settings.addListener((o, a, b) -> check());
            rows.add(row);
        }
        check();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public boolean editable() {
        return editor.editable();
    }

    /** Where Save writes, for the dialog's header. */
    public String ruleFile() {
        return editor.ruleFile().toString();
    }

    /** What is wrong with the rules as edited, "" when nothing is: shown under the table. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The last preview's counts, "" before one. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The preview running, with its progress and Cancel; null when none runs. */
    public ReadOnlyObjectProperty<Job<RulePreview.Result>> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** The rule file's text for the rows as they are, once checked; null while wrong or being checked. */
    public ReadOnlyObjectProperty<String> checkedTextProperty() {
        return checkedText.getReadOnlyProperty();
    }

    /** Checks the rows off the FX thread (the check reads the rules back as the store would); the newest check wins. */
    private void check() {
        long mine = ++checks;
        checkedText.set(null);
        preview.set("");
        List<RuleDescription> edited = new ArrayList<>();
        try {
            for (Row row : rows) {
                edited.add(row.edited());
            }
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        background.run(monitor -> editor.check(edited), checked -> {
            if (mine == checks) {
                problem.set(checked.ok() ? "" : checked.problem());
                checkedText.set(checked.text());
            }
        }, failure -> problem.set(String.valueOf(failure.getMessage())));
    }

    /** Judges every draft with the rules as edited: a job with progress and Cancel. */
    public void preview() {
        String text = checkedText.get();
        if (text == null || job.get() != null) {
            return;
        }
        preview.set("");
        Job<RulePreview.Result> started = background.start("Previewing the rules", monitor -> editor.preview(text, monitor),
                result -> {
                    job.set(null);
                    preview.set(describe(result));
                }, failure -> {
                    job.set(null);
                    problem.set("The preview failed: " + failure.getMessage());
                });
        if (started.runningProperty().get()) { // not already done (a background that runs it at once)
            job.set(started);
        }
    }

    public void cancelPreview() {
        if (job.get() != null) {
            job.get().cancel();
        }
    }

    /** Writes the rule file; false when there is nothing checked to write. */
    public boolean save() {
        String text = checkedText.get();
        if (text == null || !editor.editable()) {
            return false;
        }
        background.run(monitor -> {
            editor.save(text);
            return text;
        }, saved -> onSaved.run(), failure -> problem.set("Not saved: " + failure.getMessage()));
        return true;
    }

    /** The preview as the dialog says it: the drafts flagged now and after, and each rule whose count changes. */
    static String describe(RulePreview.Result result) {
        StringBuilder text = new StringBuilder();
        if (!result.complete()) {
            text.append(String.format("Cancelled after %,d drafts; the counts cover those.%n", result.drafts()));
        }
        text.append(String.format("Flagged: %,d of %,d drafts now, %,d with these rules (%,d newly flagged, %,d no longer).",
                result.flaggedNow(), result.drafts(), result.flaggedAfter(), result.newlyFlagged(), result.noLongerFlagged()));
        for (RulePreview.RuleCount rule : result.byRule()) {
            text.append(String.format("%n%s: flags %,d drafts now, %,d with these rules", rule.rule(), rule.now(), rule.after()));
        }
        if (!result.relationThresholdsIgnored().isEmpty()) {
            text.append(String.format("%nNot previewed: the settings of %s (they compare drafts with each other; "
                    + "saving flags every draft with them)", String.join(", ", result.relationThresholdsIgnored())));
        }
        return text.toString();
    }
}
