package com.copydesk.ui.filters;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.IntRange;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.ScoreName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FilterViewModelTest {
    private final FilterViewModel filters = new FilterViewModel();
    private final List<DraftFilter> seen = new ArrayList<>();

    FilterViewModelTest() {
        filters.filterProperty().addListener((o, a, b) -> seen.add(b));
    }

    @Test
    void eachPartChangesTheFilter() {
        filters.searchProperty().set("index*");
        filters.scoreRanges().put(ScoreName.QUALITY, new IntRange(0, 69));
        filters.stacks().setAll("python");
        assertThat(filters.current().search()).isEqualTo("index*");
        assertThat(filters.current().scoreRanges()).containsEntry(ScoreName.QUALITY, new IntRange(0, 69));
        assertThat(filters.current().stacks()).containsExactly("python");
        assertThat(seen).hasSize(3);
    }

    @Test
    void aMalformedSearchHintsAndKeepsTheLastGoodOne() {
        filters.searchProperty().set("caching");
        filters.searchProperty().set("\"unclosed");
        assertThat(filters.searchHintProperty().get()).contains("quote");
        assertThat(filters.current().search()).isEqualTo("caching");
        filters.searchProperty().set("caching OR queues");
        assertThat(filters.searchHintProperty().get()).isEmpty();
        assertThat(filters.current().search()).isEqualTo("caching OR queues");
    }

    @Test
    void aViewSetsEverythingAtOnceInOneChange() {
        DraftFilter view = DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.PENDING)).withFlaggedOnly(true)
                .withRule("low-score").withSearch("x");
        filters.apply(view);
        assertThat(filters.current()).isEqualTo(view);
        assertThat(seen).hasSize(1);
        filters.clearRefinements();
        assertThat(filters.current()).isEqualTo(view.withSearch(null));
        assertThat(seen).hasSize(2);
    }
}
