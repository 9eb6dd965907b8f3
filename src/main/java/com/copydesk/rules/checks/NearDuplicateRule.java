package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The body is a near copy of other drafts' (the store finds them through its near-duplicate index
 * and checks them exactly: at least {@code threshold} of the rarer draft's features that are not
 * boilerplate are the other's too, see {@link com.copydesk.rules.TextFeatures}); names the nearest
 * few by reference and title, with the similarity.
 */
public record NearDuplicateRule(Severity severity, double threshold, int shingleWords) implements Rule {
    public static final String ID = "near-duplicate";
    public static final RuleScope SCOPE = RuleScope.RELATION;

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
        List<CorpusFacts.NearCopy> copies = context.corpus().nearCopies();
        if (copies.isEmpty()) {
            return List.of();
        }
        String named = copies.stream()
                .map(c -> String.format(Locale.ROOT, "%s \"%s\" (%.2f)", c.reference(), c.title(), c.similarity()))
                .collect(Collectors.joining(", "));
        return List.of(new Finding(ID, severity, "near copy of " + named
                + String.format(Locale.ROOT, " (shared %d-word shingles and sentences >= %.2f)", shingleWords, threshold)));
    }
}
