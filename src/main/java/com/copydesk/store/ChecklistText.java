package com.copydesk.store;

import com.copydesk.model.ChecklistItem;

import java.util.List;
import java.util.stream.Collectors;

/** A checklist as one line of text for the history: {@code [x] done item; [ ] open item}. */
final class ChecklistText {
    private ChecklistText() {
    }

    static String of(List<ChecklistItem> items) {
        return items.stream().map(i -> (i.done() ? "[x] " : "[ ] ") + i.text()).collect(Collectors.joining("; "));
    }
}
