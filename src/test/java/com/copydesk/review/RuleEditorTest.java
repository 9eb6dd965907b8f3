package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.model.RuleDescription;
import com.copydesk.model.Severity;
import com.copydesk.support.CancelledMonitor;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static com.copydesk.support.DraftFiles.draftJson;
import static com.copydesk.support.DraftFiles.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules editor's use case: checked as the file is loaded, previewed over the store, saved beside it. */
class RuleEditorTest {
    @TempDir
    Path dir;
    private Copydesk desk;
    private RuleEditor editor;

    @BeforeEach
    void open() {
        desk = Copydesk.open(dir.resolve("desk.db"), MutableClock.at("2026-11-25T10:00:00Z"));
        desk.imports().run(List.of(lines(dir.resolve("in.jsonl"), List.of(
                draftJson("r1", "Caching for python services", "Lorem ipsum dolor sit amet, the body to come."),
                draftJson("r2", "Indexing for java services", "An index makes the lookups of a busy service cheap."),
                draftJson("r3", "Queues for go services", "A queue keeps the work of a busy service in order.")))),
                TaskMonitor.NONE);
        editor = new RuleEditor(desk, LocalDate.of(2026, 11, 25));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** Every rule as in force, with one changed. */
    private List<RuleDescription> with(String rule, UnaryOperator<RuleDescription> change) {
        List<RuleDescription> rules = new ArrayList<>();
        for (RuleDescription r : editor.rules()) {
            rules.add(r.id().equals(rule) ? change.apply(r) : r);
        }
        return rules;
    }

    private static RuleDescription severity(RuleDescription r, Severity severity) {
        return new RuleDescription(r.id(), r.enabled(), severity, r.scope(), r.settings());
    }

    private static RuleDescription setting(RuleDescription r, String key, Object value) {
        Map<String, Object> settings = new LinkedHashMap<>(r.settings());
        settings.put(key, value);
        return new RuleDescription(r.id(), r.enabled(), r.severity(), r.scope(), settings);
    }

    @Test
    void theRulesUnchangedMakeAFileThatChangesNothing() {
        RuleEditor.Checked checked = editor.check(editor.rules());
        assertThat(checked.ok()).isTrue();
        assertThat(checked.text()).contains("rules: {}");
        RulePreview.Result preview = editor.preview(checked.text(), TaskMonitor.NONE);
        assertThat(preview.drafts()).isEqualTo(3);
        assertThat(preview.complete()).isTrue();
        assertThat(preview.flaggedAfter()).isEqualTo(preview.flaggedNow());
        assertThat(preview.byRule()).isEmpty();
    }

    @Test
    void aSeverityLoweredToInfoNoLongerFlagsItsDrafts() {
        RuleEditor.Checked checked = editor.check(with("placeholder", r -> severity(r, Severity.INFO)));
        assertThat(checked.problem()).isNull();
        assertThat(checked.text()).contains("placeholder").contains("severity: info").doesNotContain("ai-style");

        RulePreview.Result preview = editor.preview(checked.text(), TaskMonitor.NONE);
        assertThat(preview.byRule()).contains(new RulePreview.RuleCount("placeholder", 1, 0));
        assertThat(preview.flaggedNow()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPhraseAddedFlagsTheDraftsThatUseIt() {
        RuleDescription placeholder = editor.rules().stream().filter(r -> r.id().equals("placeholder")).findFirst().orElseThrow();
        List<Object> phrases = new ArrayList<>((List<?>) placeholder.settings().get("phrases"));
        phrases.add("busy service");
        RuleEditor.Checked checked = editor.check(with("placeholder", r -> setting(r, "phrases", phrases)));
        assertThat(checked.problem()).isNull();

        RulePreview.Result preview = editor.preview(checked.text(), TaskMonitor.NONE);
        assertThat(preview.byRule()).contains(new RulePreview.RuleCount("placeholder", 1, 3));
        assertThat(preview.flaggedAfter()).isEqualTo(3);
    }

    @Test
    void aWrongSettingIsRefusedAsLoadingTheFileWouldRefuseIt() {
        RuleEditor.Checked checked = editor.check(with("stale-review", r -> setting(r, "max_age_days", "soon")));
        assertThat(checked.ok()).isFalse();
        assertThat(checked.problem()).contains("stale-review.max_age_days").contains("soon");

        RuleEditor.Checked unknown = editor.check(with("stale-review", r -> setting(r, "max_age", 3)));
        assertThat(unknown.problem()).contains("desk.rules.yaml").contains("max_age").doesNotContain("copydesk-rules");
    }

    @Test
    void settingsTypedOnOneLineAreReadAsYaml() {
        assertThat(RuleEditor.parseSettings("stale-review", "{max_age_days: 30}")).containsEntry("max_age_days", 30);
        String line = RuleEditor.settingsLine(Map.of("phrases", List.of("a b")));
        assertThat(RuleEditor.parseSettings("placeholder", line)).isEqualTo(Map.of("phrases", List.of("a b")));
        assertThatThrownBy(() -> RuleEditor.parseSettings("stale-review", "{max_age_days: 30"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stale-review");
        assertThatThrownBy(() -> RuleEditor.parseSettings("stale-review", "30"))
                .hasMessageContaining("mapping");
    }

    @Test
    void savedTheFileBesideTheStoreIsWhatTheStoreLoadsAndItsDraftsAreFlaggedAgain() throws Exception {
        editor.save(editor.check(with("placeholder", r -> severity(r, Severity.INFO))).text());

        Path file = dir.resolve("desk.rules.yaml");
        assertThat(Files.readString(file)).contains("placeholder");
        assertThat(desk.rules().reload()).as("in force when saved, as rules --load leaves them").isFalse();
        assertThat(desk.rules().describe()).filteredOn(r -> r.id().equals("placeholder"))
                .extracting(RuleDescription::severity).containsExactly(Severity.INFO);
        desk.rules().reflag(TaskMonitor.NONE);
        assertThat(desk.queries().find("r1").orElseThrow().findings()).filteredOn(f -> f.rule().equals("placeholder"))
                .extracting(f -> f.severity()).containsOnly(Severity.INFO);
    }

    @Test
    void aCancelledPreviewSaysItIsIncomplete() {
        TaskMonitor cancelled = new CancelledMonitor();
        RulePreview.Result preview = editor.preview(editor.check(editor.rules()).text(), cancelled);
        assertThat(preview.complete()).isFalse();
        assertThat(preview.drafts()).isZero();
    }
}
