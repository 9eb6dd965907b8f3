package com.copydesk.interchange;

import com.copydesk.model.Draft;
import com.copydesk.model.Revision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SiteFrontMatterTest {
    private final Draft draft = Draft.of("r1", "Title", "Body").toBuilder()
            .revision(new Revision("expanded", "1.0", LocalDate.of(2025, 7, 1), Map.of()))
            .stack(List.of("python services", "python")).tools(List.of("git", "python")).build();

    @Test
    void dateTagsAndDraftAreDerivedFromTheDraft() {
        assertThat(SiteFrontMatter.derived(draft)).containsExactly(Map.entry("date", "2025-07-01"),
                Map.entry("tags", List.of("python services", "python", "git")), Map.entry("draft", false));
        assertThat(SiteFrontMatter.derived(Draft.of("r2", "t", "b"))).containsExactly(Map.entry("draft", false));
    }

    @Test
    void derivedKeysReadBackAreDroppedAndOtherValuesKept() {
        Draft read = draft.toBuilder().extra("date", "2025-07-01").extra("tags", List.of("python services", "python", "git"))
                .extra("draft", false).extra("other", 1L).build();
        assertThat(SiteFrontMatter.withoutDerived(read)).isEqualTo(draft.toBuilder().extra("other", 1L).build());

        Draft own = draft.toBuilder().extra("tags", List.of("mine")).extra("draft", true).build();
        assertThat(SiteFrontMatter.withoutDerived(own)).isEqualTo(own);
    }

    @Test
    void theDerivedKeysAreAlwaysWrittenAndADraftsOwnFieldOfTheSameNameIsKeptApart() {
        Draft own = draft.toBuilder().extra("tags", List.of("mine")).extra("draft", true).extra("other", 1L).build();
        assertThat(SiteFrontMatter.derived(own)).as("what the site acts on").containsEntry("draft", false)
                .containsEntry("tags", List.of("python services", "python", "git"));
        assertThat(SiteFrontMatter.replaced(own)).containsExactly(Map.entry("tags", List.of("mine")),
                Map.entry("draft", true));

        Draft read = draft.toBuilder().extra("date", "2025-07-01").extra("tags", List.of("python services", "python", "git"))
                .extra("draft", false).extra("other", 1L)
                .extra(SiteFrontMatter.REPLACED, Map.of("tags", List.of("mine"), "draft", true)).build();
        assertThat(SiteFrontMatter.withoutDerived(read).extra()).containsOnlyKeys("other", "tags", "draft")
                .containsEntry("tags", List.of("mine")).containsEntry("draft", true);
    }
}
