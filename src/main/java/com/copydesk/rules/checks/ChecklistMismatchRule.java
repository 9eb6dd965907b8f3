package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The {@code checklist} field and the list under the body's checklist heading differ. */
public record ChecklistMismatchRule(Severity severity, String section) implements Rule {
    public static final String ID = "checklist-mismatch";
    public static final RuleScope SCOPE = RuleScope.META;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleScope scope() {
        return SCOPE;
    }

    @Override
    public List<Finding> check(Draft draft, RuleContext context) {
        List<String> field = draft.checklistOrEmpty();
        List<String> body = context.body().itemsUnder(section);
        if (body == null) {
            return field.isEmpty() ? List.of() : List.of(new Finding(ID, severity, "the checklist field has "
                    + field.size() + " items, but the body has no \"" + section + "\" list"));
        }
        Set<String> inField = normalised(field);
        Set<String> inBody = normalised(body);
        if (inField.equals(inBody)) {
            return List.of();
        }
        List<String> differences = new ArrayList<>();
        Set<String> onlyField = new LinkedHashSet<>(inField);
        onlyField.removeAll(inBody);
        Set<String> onlyBody = new LinkedHashSet<>(inBody);
        onlyBody.removeAll(inField);
        if (!onlyField.isEmpty()) {
            differences.add("only in the checklist field: " + quoted(onlyField));
        }
        if (!onlyBody.isEmpty()) {
            differences.add("only in the body's \"" + section + "\": " + quoted(onlyBody));
        }
        return List.of(new Finding(ID, severity, String.join("; ", differences)));
    }

    private static Set<String> normalised(List<String> items) {
        Set<String> set = new LinkedHashSet<>();
        for (String item : items) {
            set.add(SPACES.matcher(item.strip()).replaceAll(" ").toLowerCase(Locale.ROOT));
        }
        return set;
    }

    private static String quoted(Set<String> items) {
        return String.join(", ", items.stream().map(i -> "\"" + i + "\"").toList());
    }
}
