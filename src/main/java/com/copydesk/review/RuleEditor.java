package com.copydesk.review;

import com.copydesk.model.RuleDescription;
import com.copydesk.rules.RuleConfig;
import com.copydesk.rules.RuleConfigException;
import com.copydesk.rules.ruleset.RuleFileText;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.store.PgAddress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rules editor's use case: the rules in force, a changed set checked as the store's rule file
 * is checked when it loads, a preview of what it would flag, and the file written beside the
 * store (the window's rule-file watch then flags every draft again, once, as after any change of
 * the file). A team store keeps its rules in the database ({@code rules --load}): there the
 * rules are shown, not edited.
 */
public final class RuleEditor {
    private final Workspace workspace;
    private final LocalDate today;

    public RuleEditor(Workspace workspace, LocalDate today) {
        this.workspace = workspace;
        this.today = today;
    }

    /** A changed rule set checked: the rule file's text, or what is wrong with it (then the text is null). */
    public record Checked(String text, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** False on a team store, whose rules are loaded into the database with {@code rules --load}. */
    public boolean editable() {
        return !PgAddress.isAddress(workspace.storePath().toString());
    }

    /** Every rule as in force, in the rule file's order. */
    public List<RuleDescription> rules() {
        return workspace.rules().describe();
    }

    /** Where {@link #save} writes. */
    public Path ruleFile() {
        return workspace.rules().ruleFile();
    }

    /** A rule's settings on one line, as the editor shows and takes them. */
    public static String settingsLine(Map<String, Object> settings) {
        return RuleFileText.settingsLine(settings);
    }

    /** Settings typed on one line; an {@link IllegalArgumentException} says what is wrong with them. */
    public static Map<String, Object> parseSettings(String rule, String line) {
        try {
            return RuleFileText.parseSettings(rule, line);
        } catch (RuleConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The rules edited (every rule, changed or not), checked as loading the file would check them. */
    public Checked check(List<RuleDescription> edited) {
        List<RuleConfig> configs = edited.stream()
                .map(r -> new RuleConfig(r.id(), r.enabled(), r.severity(), r.settings())).toList();
        String text = RuleFileText.of(configs, workspace.rules().generatorMeta());
        try {
            RuleFileText.check(text, ruleFile());
            return new Checked(text, null);
        } catch (RuleConfigException e) {
            return new Checked(null, e.getMessage());
        }
    }

    /** Judges every draft with the rules of {@code text} (from {@link #check}), writing nothing. */
    public RulePreview.Result preview(String text, TaskMonitor monitor) {
        RuleSet changed = RuleFileText.check(text, ruleFile());
        return new RulePreview(workspace.queries(), today).run(workspace.rules().current(), changed, monitor);
    }

    /** Writes the rule file beside the store, whole or not at all. */
    public void save(String text) {
        if (!editable()) {
            throw new IllegalStateException("a team store's rules are loaded with rules --load");
        }
        RuleFileText.check(text, ruleFile());
        Path file = ruleFile();
        try {
            Path scratch = Files.createTempFile(file.toAbsolutePath().getParent(), ".rules", ".yaml");
            Files.writeString(scratch, text);
            Files.move(scratch, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the rule file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }
}
