package com.copydesk.review;

import com.copydesk.model.ChecklistItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistMergeTest {
    private static ChecklistItem open(String text) {
        return new ChecklistItem(text, false);
    }

    private static ChecklistItem done(String text) {
        return new ChecklistItem(text, true);
    }

    @Test
    void bothEditsSurvive() {
        List<ChecklistItem> base = List.of(open("a"), open("b"), open("c"));
        List<ChecklistItem> mine = List.of(done("a"), open("c"), open("mine"));    // tick a, remove b, add mine
        List<ChecklistItem> theirs = List.of(open("a"), open("b"), done("c"), open("theirs"));
        assertThat(ChecklistMerge.merge(base, mine, theirs)).hasValue(
                List.of(done("a"), done("c"), open("theirs"), open("mine")));
    }

    @Test
    void anItemAddedByBothIsKeptOnce() {
        assertThat(ChecklistMerge.merge(List.of(), List.of(open("x")), List.of(done("x")))).hasValue(List.of(done("x")));
    }

    @Test
    void aNewOrderOrRepeatedTextsCannotBeMerged() {
        List<ChecklistItem> base = List.of(open("a"), open("b"));
        assertThat(ChecklistMerge.merge(base, List.of(open("b"), open("a")), List.of(open("a")))).isEmpty();
        assertThat(ChecklistMerge.merge(base, List.of(open("a"), open("a")), List.of(open("a")))).isEmpty();
    }
}
