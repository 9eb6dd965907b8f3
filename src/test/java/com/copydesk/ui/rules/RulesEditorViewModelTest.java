package com.copydesk.ui.rules;

import com.copydesk.app.Copydesk;
import com.copydesk.model.Severity;
import com.copydesk.review.RuleEditor;
import com.copydesk.review.TaskMonitor;
import com.copydesk.support.MutableClock;
import com.copydesk.ui.common.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.copydesk.support.DraftFiles.draftJson;
import static com.copydesk.support.DraftFiles.lines;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules editor's rows: checked after each change, previewed, saved once right; the desk told once. */
class RulesEditorViewModelTest {
    @TempDir
    Path dir;
    private Copydesk desk;
    private RulesEditorViewModel model;
    private final AtomicInteger saved = new AtomicInteger();

    @BeforeEach
    void open() {
        desk = Copydesk.open(dir.resolve("desk.db"), MutableClock.at("2026-11-25T10:00:00Z"));
        desk.imports().run(List.of(lines(dir.resolve("in.jsonl"), List.of(
                draftJson("r1", "Caching for python services", "Lorem ipsum dolor sit amet, the body to come."),
                draftJson("r2", "Indexing for java services", "An index makes the lookups of a busy service cheap.")))),
                TaskMonitor.NONE);
        model = new RulesEditorViewModel(new RuleEditor(desk, LocalDate.of(2026, 11, 25)), Background.inline(),
                saved::incrementAndGet);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private RulesEditorViewModel.Row row(String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listsEveryRuleWithItsScopeSeverityAndSettings() {
        assertThat(model.rows()).extracting(RulesEditorViewModel.Row::id)
                .containsExactlyElementsOf(desk.rules().describe().stream().map(r -> r.id()).toList());
        assertThat(row("stale-review").scope()).isEqualTo("meta");
        assertThat(row("stale-review").settingsProperty().get()).isEqualTo("{\"max_age_days\":365}");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.checkedTextProperty().get()).isNotNull();
    }

    @Test
    void aWrongSettingIsSaidInlineAndNothingCanBeSavedUntilItIsRight() throws Exception {
        row("stale-review").settingsProperty().set("{max_age_days: soon}");
        assertThat(model.problemProperty().get()).contains("stale-review.max_age_days");
        assertThat(model.save()).isFalse();

        row("stale-review").settingsProperty().set("{max_age_days: 30");
        assertThat(model.problemProperty().get()).contains("not valid YAML");

        row("stale-review").settingsProperty().set("{max_age_days: 30}");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.save()).isTrue();
        assertThat(Files.readString(dir.resolve("desk.rules.yaml"))).contains("max_age_days: 30");
        assertThat(saved).hasValue(1);
    }

    @Test
    void thePreviewCountsTheDraftsTheChangeFlags() {
        row("placeholder").severityProperty().set(Severity.INFO);
        model.preview();
        assertThat(model.previewProperty().get()).contains("of 2 drafts now")
                .contains("placeholder: flags 1 drafts now, 0 with these rules");
        assertThat(model.jobProperty().get()).as("the job ended").isNull();

        row("placeholder").enabledProperty().set(false);
        assertThat(model.previewProperty().get()).as("a preview of other rules is not kept").isEmpty();
    }

    @Test
    void savedTheDeskReadsTheFileAndItsRulesFollow() {
        row("ai-style").enabledProperty().set(false);
        assertThat(model.save()).isTrue();
        assertThat(saved).hasValue(1);
        assertThat(desk.rules().reload()).as("in force when saved, as rules --load leaves them").isFalse();
        assertThat(desk.rules().describe()).filteredOn(r -> r.id().equals("ai-style"))
                .extracting(r -> r.enabled()).containsExactly(false);
    }
}
