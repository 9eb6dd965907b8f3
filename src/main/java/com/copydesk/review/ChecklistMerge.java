package com.copydesk.review;

import com.copydesk.model.ChecklistItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges an edit of a checklist made on an older copy into the checklist as it is now, items
 * matched by text: the edit's additions, removals, ticks and clears are applied to the current
 * list, so that neither change is lost. Empty when the edit cannot be told apart item by item.
 */
final class ChecklistMerge {
    private ChecklistMerge() {
    }

    /**
     * @param base   the checklist the edit started from
     * @param mine   the checklist after the edit
     * @param theirs the checklist as it is now
     */
    static Optional<List<ChecklistItem>> merge(List<ChecklistItem> base, List<ChecklistItem> mine,
                                               List<ChecklistItem> theirs) {
        Map<String, Boolean> baseItems = byText(base);
        Map<String, Boolean> mineItems = byText(mine);
        Map<String, Boolean> theirItems = byText(theirs);
        if (baseItems == null || mineItems == null || theirItems == null) {
            return Optional.empty(); // a text twice: items cannot be matched
        }
        // The edit must be additions, removals and ticks only: the kept items in their old order.
        List<String> keptInBase = base.stream().map(ChecklistItem::text).filter(mineItems::containsKey).toList();
        List<String> keptInMine = mine.stream().map(ChecklistItem::text).filter(baseItems::containsKey).toList();
        if (!keptInBase.equals(keptInMine)) {
            return Optional.empty();
        }
        Set<String> removed = new HashSet<>(baseItems.keySet());
        removed.removeAll(mineItems.keySet());
        List<ChecklistItem> merged = new ArrayList<>();
        for (ChecklistItem item : theirs) {
            if (removed.contains(item.text())) {
                continue;
            }
            Boolean before = baseItems.get(item.text());
            Boolean after = mineItems.get(item.text());
            boolean ticked = before != null && after != null && !before.equals(after);
            merged.add(ticked ? item.withDone(after) : item);
        }
        for (ChecklistItem item : mine) {
            if (!baseItems.containsKey(item.text()) && !theirItems.containsKey(item.text())) {
                merged.add(item);
            }
        }
        return Optional.of(merged);
    }

    private static Map<String, Boolean> byText(List<ChecklistItem> items) {
        Map<String, Boolean> byText = new LinkedHashMap<>();
        for (ChecklistItem item : items) {
            if (byText.put(item.text(), item.done()) != null) {
                return null;
            }
        }
        return byText;
    }
}
