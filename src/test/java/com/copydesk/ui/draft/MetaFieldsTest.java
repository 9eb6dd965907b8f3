package com.copydesk.ui.draft;

import com.copydesk.interchange.DraftJson;
import com.copydesk.model.Draft;
import com.copydesk.support.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the meta box shows, decided without a window: which rows, in which order, reading how. */
class MetaFieldsTest {
    private static Draft sampleWith(String extraFields) throws Exception {
        String json = Samples.text(Samples.JSON).strip();
        return new DraftJson().parse(json.substring(0, json.length() - 1) + extraFields + "}");
    }

    @Test
    void theFormatsFieldsComeFirstInItsOrderAndTheUnknownOnesLastMarkedAsOther() throws Exception {
        List<MetaField> rows = MetaFields.of(sampleWith(", \"editor_hint\": \"check\", \"empty_list\": [], \"blank\": \" \""));

        assertThat(rows).extracting(MetaField::label).startsWith("Reference", "Topic", "Summary")
                .endsWith("Notes", "editor_hint").doesNotContain("empty_list", "blank", "Title", "Body");
        assertThat(rows).filteredOn(MetaField::other).extracting(MetaField::label).containsExactly("editor_hint");
    }

    @Test
    void knownObjectsReadWithHumanKeysAndOnlyTheFieldsTheDraftHas() throws Exception {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        MetaFields.of(sampleWith("")).forEach(row -> values.put(row.label(), row.value()));

        assertThat(MetaText.plain(values.get("Generator flags")))
                .isEqualTo("AI generated style: yes\nhas images: yes\nimage heavy: no\nneeds human review: no");
        assertThat(MetaText.plain(values.get("AI outline"))).contains("recommended action: measure first");
        assertThat(values.get("Reading time")).isEqualTo("4 minutes");
        assertThat(values.get("View count")).isEqualTo("39,766");
    }

    @Test
    void oneMinuteIsSingularAndNoDraftHasNoRows() throws Exception {
        String json = Samples.text(Samples.JSON).replaceFirst("\"reading_time\"\\s*:\\s*\\d+", "\"reading_time\": 1");
        Draft draft = new DraftJson().parse(json);

        assertThat(MetaFields.of(draft)).filteredOn(row -> row.label().equals("Reading time"))
                .extracting(MetaField::value).containsExactly("1 minute");
        assertThat(MetaFields.of(null)).isEmpty();
    }

    @Test
    void aValueNestedDeeperThanTheBoxLaysOutReadsOnOneLineAndStopsAtTheLimit() {
        Object deep = List.of(Map.of("a", List.of(1, 2)), java.util.Collections.nCopies(50_000, "abcdef"));

        assertThat(MetaText.compact(deep)).startsWith("[{a: [1, 2]}, [abcdef, abcdef")
                .hasSizeLessThan(MetaText.MAX_TEXT + 16);
        assertThat(MetaText.row("Tags", List.of("one", "two"))).isEqualTo("Tags:\n  - one\n  - two");
        assertThat(MetaText.row("Topic", "caching")).isEqualTo("Topic: caching");
    }
}
