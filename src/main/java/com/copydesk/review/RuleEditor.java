package com.copydesk.review;

import com.copydesk.model.RuleDescription;
import com.copydesk.rules.RuleConfig;
import com.copydesk.rules.RuleConfigException;
import com.copydesk.rules.ruleset.RuleFileText;
import com.copydesk.rules.ruleset.RuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rules editor's use case: the rules in force, a changed set checked as the store's rule file
 * is checked when it loads, a preview of what it would flag, and the file written beside the
 * store (the window's rule-file watch then flags every draft again, once, as after any change of
 * the file). A team store keeps its rules in the database: there a save is what
 * {@code rules --load} does, a new version of the store's rule set with who saved it.
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

    /** True: on a team store a save is a new version of the rule set in its database ({@code rules --load}). */
    public boolean editable() {
        return true;
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

    /**
     * Makes {@code text} the store's rules as {@code rules --load} does: the rule file beside a
     * SQLite store, replaced whole or not at all; on a team store a new version in its database,
     * recorded with the editor. The caller then flags the drafts again, once.
     */
    public void save(String text) {
        save(text, Instant.now());
    }

    /** {@link #save(String)} recorded at {@code at}. */
    public void save(String text, Instant at) {
        RuleFileText.check(text, ruleFile());
        Path scratch = null;
        try {
            scratch = Files.createTempFile("copydesk-rules", ".yaml");
            Files.writeString(scratch, text);
            workspace.rules().load(scratch, workspace.editor(), at);
        } catch (IOException e) {
            throw new UncheckedIOException("the rules cannot be saved: " + e.getMessage(), e);
        } finally {
            if (scratch != null) {
                try {
                    Files.deleteIfExists(scratch);
                } catch (IOException ignored) {
                    // a scratch copy in the temporary folder; the rules themselves are saved
                }
            }
        }
    }
}
