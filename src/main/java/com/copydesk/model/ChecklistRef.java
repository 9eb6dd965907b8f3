package com.copydesk.model;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** A checklist item named by the editor: by its 1-based number, or by its text (any case). */
public record ChecklistRef(String given) {

    /** The item's index in the list (0-based), if the list has it. */
    public OptionalInt indexIn(List<ChecklistItem> items) {
        if (given.matches("\\d{1,4}")) {
            int number = Integer.parseInt(given);
            return number >= 1 && number <= items.size() ? OptionalInt.of(number - 1) : OptionalInt.empty();
        }
        String wanted = given.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).text().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
