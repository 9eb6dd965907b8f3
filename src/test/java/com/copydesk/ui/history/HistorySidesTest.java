package com.copydesk.ui.history;

import com.copydesk.model.HistoryEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What the History tab shows on each side of a change. */
class HistorySidesTest {
    private static final String TWO = "[{\"item\":\"review query plans\",\"done\":false},{\"item\":\"add indexes\",\"done\":false}]";

    private static HistoryEntry checklist(String old, String now) {
        return new HistoryEntry(1, Instant.parse("2026-11-25T10:00:00Z"), "edit", "checklist", old, now);
    }

    @Test
    void aTickShowsOnlyTheItemTicked() {
        HistoryEntry tick = checklist(TWO, TWO.replaceFirst("false", "true"));
        assertThat(HistoryPaneView.side(tick, true)).isEqualTo("\u2610 review query plans");
        assertThat(HistoryPaneView.side(tick, false)).isEqualTo("\u2611 review query plans");
    }

    @Test
    void anAddedOrRemovedItemShowsAgainstADash() {
        HistoryEntry added = checklist(TWO, TWO.replace("]", ",{\"item\":\"measure\",\"done\":false}]"));
        assertThat(HistoryPaneView.side(added, true)).isEqualTo("\u2014");
        assertThat(HistoryPaneView.side(added, false)).isEqualTo("\u2610 measure");
    }

    @Test
    void aReorderShowsBothWholeListsAndOtherFieldsShowTheirValues() {
        HistoryEntry moved = checklist(TWO, "[{\"item\":\"add indexes\",\"done\":false},"
                + "{\"item\":\"review query plans\",\"done\":false}]");
        assertThat(HistoryPaneView.side(moved, false)).isEqualTo("\u2610 add indexes; \u2610 review query plans");
        HistoryEntry status = new HistoryEntry(1, Instant.EPOCH, "approve", "status", "pending", "approved");
        assertThat(HistoryPaneView.side(status, true)).isEqualTo("pending");
        assertThat(HistoryPaneView.side(status, false)).isEqualTo("approved");
    }
}
